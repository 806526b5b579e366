#!/usr/bin/python3
"""The winget and Scoop manifests that the package target made: each file parses (YAML, JSON),
names this version, and carries the SHA-256 of the file it downloads, as built. winget's own
`winget validate` runs only on Windows; this is what can be checked here.

Usage: check-manifests.py BUILD_DIR VERSION  (prints one line a check, exits 1 on a failure)"""
import hashlib
import json
import os
import sys

import yaml

build, version = sys.argv[1], sys.argv[2]
failures = 0


def check(what, holds):
    global failures
    print(("ok   " if holds else "FAIL ") + what)
    failures += 0 if holds else 1


def sha256(name):
    path = os.path.join(build, name)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as built:
        return hashlib.sha256(built.read()).hexdigest()


winget = os.path.join(build, "manifests", "winget", "manifests", "l", "Lapwing", "Lapwing", version)
documents = {}
for kind, name in (("version", "Lapwing.Lapwing.yaml"), ("installer", "Lapwing.Lapwing.installer.yaml"),
                   ("defaultLocale", "Lapwing.Lapwing.locale.en-US.yaml")):
    try:
        with open(os.path.join(winget, name), encoding="utf-8") as text:
            documents[kind] = yaml.safe_load(text)
        check("winget: %s parses as YAML" % name, isinstance(documents[kind], dict))
    except (OSError, yaml.YAMLError) as error:
        check("winget: %s parses as YAML (%s)" % (name, error), False)
        documents[kind] = {}
for kind, document in documents.items():
    check("winget %s manifest: Lapwing.Lapwing %s, type %s, schema 1.6.0 or later" % (kind, version, kind),
          document.get("PackageIdentifier") == "Lapwing.Lapwing"
          and str(document.get("PackageVersion")) == version
          and document.get("ManifestType") == kind
          and tuple(int(p) for p in str(document.get("ManifestVersion", "0")).split(".")) >= (1, 6, 0))
installers = documents["installer"].get("Installers") or []
types = {installer.get("InstallerType"): installer for installer in installers}
check("winget: a nullsoft setup and an MSI", set(types) == {"nullsoft", "msi"})
for kind, installer in types.items():
    name = str(installer.get("InstallerUrl", "")).rsplit("/", 1)[-1]
    built = sha256(name)
    check("winget %s: %s is the file built (%s)" % (kind, name, "found" if built else "missing"),
          built is not None and name.startswith("lapwing-%s" % version))
    check("winget %s: InstallerSha256 is that file's SHA-256" % kind,
          built is not None and str(installer.get("InstallerSha256", "")).lower() == built)
nullsoft = types.get("nullsoft", {})
check("winget nullsoft: per user, silent with /S",
      nullsoft.get("Scope") == "user" and (nullsoft.get("InstallerSwitches") or {}).get("Silent") == "/S")
check("winget msi: per machine", types.get("msi", {}).get("Scope") == "machine")
check("winget locale: name, publisher, licence and description",
      all(documents["defaultLocale"].get(key) for key in ("PackageName", "Publisher", "License",
                                                          "ShortDescription")))

try:
    with open(os.path.join(build, "manifests", "scoop", "lapwing.json"), encoding="utf-8") as text:
        scoop = json.load(text)
    check("scoop: lapwing.json parses as JSON", isinstance(scoop, dict))
except (OSError, ValueError) as error:
    check("scoop: lapwing.json parses as JSON (%s)" % error, False)
    scoop = {}
check("scoop: version %s, lapwing.exe on the path" % version,
      scoop.get("version") == version and scoop.get("bin") == "lapwing.exe")
for architecture, download in (scoop.get("architecture") or {"?": {}}).items():
    name = str(download.get("url", "")).rsplit("/", 1)[-1]
    built = sha256(name)
    check("scoop %s: %s is the portable zip built" % (architecture, name),
          built is not None and name.endswith("-portable.zip"))
    check("scoop %s: its hash is that zip's SHA-256" % architecture,
          built is not None and download.get("hash") == built)
check("scoop: the portable marker is taken out (the state stays in %LOCALAPPDATA%\\Lapwing)",
      "lapwing.ini" in str(scoop.get("pre_install", "")))
print("%d failed" % failures)
sys.exit(1 if failures else 0)
