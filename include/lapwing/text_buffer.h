/*
 * A growable UTF-8 text buffer: what the lap formatters append to. One failed allocation marks
 * it failed and every later append is ignored, so a caller checks once at the end.
 */
#ifndef LAPWING_TEXT_BUFFER_H
#define LAPWING_TEXT_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct text_buffer
{
    char *text;         /* always terminated once anything was appended */
    size_t length;
    size_t capacity;
    bool failed;        /* an append ran out of memory */
} text_buffer;

void text_buffer_initialize(text_buffer *buffer);
void text_buffer_delete(text_buffer *buffer);
void text_buffer_append(text_buffer *buffer, const char *text, size_t length);
void text_buffer_append_string(text_buffer *buffer, const char *text);
/* Empties it, keeping the memory (and clearing `failed`). */
void text_buffer_clear(text_buffer *buffer);

#ifdef __cplusplus
}
#endif

#endif
