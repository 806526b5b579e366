/*
 * A growable text buffer. See text_buffer.h.
 */
#include "lapwing/text_buffer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void text_buffer_initialize(text_buffer *buffer)
{
    memset(buffer, 0, sizeof(*buffer));
}

void text_buffer_delete(text_buffer *buffer)
{
    free(buffer->text);
    text_buffer_initialize(buffer);
}

void text_buffer_clear(text_buffer *buffer)
{
    buffer->length = 0;
    buffer->failed = false;
    if (buffer->text)
        buffer->text[0] = '\0';
}

void text_buffer_append(text_buffer *buffer, const char *text, size_t length)
{
    if (buffer->failed)
        return;
    if (length >= buffer->capacity - buffer->length || !buffer->text)
    {
        size_t capacity = buffer->capacity ? buffer->capacity : 256;
        char *grown;

        while (capacity - buffer->length <= length)
        {
            if (capacity > SIZE_MAX / 2)
            {
                buffer->failed = true;
                return;
            }
            capacity *= 2;
        }
        grown = realloc(buffer->text, capacity);
        if (!grown)
        {
            buffer->failed = true;
            return;
        }
        buffer->text = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->text + buffer->length, text, length);
    buffer->length += length;
    buffer->text[buffer->length] = '\0';
}

void text_buffer_append_string(text_buffer *buffer, const char *text)
{
    text_buffer_append(buffer, text, strlen(text));
}
