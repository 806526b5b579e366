# Copies a text file with Windows line endings, for the files a Windows user opens in Notepad
# or sees on the setup's licence page.
# Usage: cmake -DIN=source -DOUT=destination -P crlf.cmake
file(READ "${IN}" text)
string(REPLACE "\r\n" "\n" text "${text}")
string(REPLACE "\n" "\r\n" text "${text}")
file(WRITE "${OUT}" "${text}")
