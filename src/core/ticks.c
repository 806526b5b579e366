/*
 * Tick conversions without overflow and without floating point. See ticks.h for why.
 */
#include "lapwing/ticks.h"

/* Exact floor(a * b / c) through a 128-bit product held in two 64-bit halves. Only reached
 * when a * b overflows, which a display refresh never does; it costs about 128 steps. */
static uint64_t multiply_divide_wide(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t a_low = a & 0xffffffffu, a_high = a >> 32;
    uint64_t b_low = b & 0xffffffffu, b_high = b >> 32;
    uint64_t low_low = a_low * b_low;
    uint64_t high_low = a_high * b_low;
    uint64_t low_high = a_low * b_high;
    uint64_t high_high = a_high * b_high;
    uint64_t middle = (low_low >> 32) + (high_low & 0xffffffffu) + (low_high & 0xffffffffu);
    uint64_t product_low = (middle << 32) | (low_low & 0xffffffffu);
    uint64_t product_high = high_high + (high_low >> 32) + (low_high >> 32) + (middle >> 32);
    uint64_t quotient = 0, remainder = 0;
    int bit;

    if (product_high >= c)
        return UINT64_MAX; /* the quotient does not fit in 64 bits */

    /* Schoolbook binary long division of the 128-bit product by c. */
    remainder = product_high;
    for (bit = 63; bit >= 0; bit--)
    {
        uint64_t carry = remainder >> 63;
        remainder = (remainder << 1) | ((product_low >> bit) & 1u);
        if (carry || remainder >= c)
        {
            remainder -= c;
            quotient |= (uint64_t)1 << bit;
        }
    }
    return quotient;
}

uint64_t ticks_multiply_divide(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t whole, part, scaled_whole;

    if (c == 0)
        return UINT64_MAX;
    /* Divide first: a = whole * c + part, so a * b / c = whole * b + part * b / c. */
    whole = a / c;
    part = a % c;
    if (whole != 0 && b > UINT64_MAX / whole)
        return UINT64_MAX;
    scaled_whole = whole * b;
    if (b != 0 && part > UINT64_MAX / b)
        part = multiply_divide_wide(part, b, c);
    else
        part = part * b / c;
    if (scaled_whole > UINT64_MAX - part)
        return UINT64_MAX;
    return scaled_whole + part;
}

uint64_t ticks_to_units(uint64_t ticks, uint64_t frequency, uint64_t units_per_second)
{
    return ticks_multiply_divide(ticks, units_per_second, frequency);
}

uint64_t ticks_from_units(uint64_t units, uint64_t frequency, uint64_t units_per_second)
{
    /* Round up so that converting back never lands one unit short. */
    uint64_t ticks = ticks_multiply_divide(units, frequency, units_per_second);
    if (ticks != UINT64_MAX && ticks_to_units(ticks, frequency, units_per_second) < units)
        ticks++;
    return ticks;
}
