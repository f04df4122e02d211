/* attest-colour.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "attest-colour"

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "attest-colour.h"

/**
 * attest_colour_parse:
 * @text: a colour as #rrggbb
 * @rgb: (out) (array fixed-size=3): its red, green and blue, 0 to 1; a
 *   middle grey if @text is not a colour
 *
 * Returns: whether @text is a colour
 */
gboolean
attest_colour_parse (const char *text,
                     double      rgb[3])
{
  guint r, g, b;
  int end = 0;

  if (text != NULL && sscanf (text, "#%02x%02x%02x%n", &r, &g, &b, &end) == 3 && end == 7 && text[7] == '\0')
    {
      rgb[0] = r / 255.0;
      rgb[1] = g / 255.0;
      rgb[2] = b / 255.0;
      return TRUE;
    }
  rgb[0] = rgb[1] = rgb[2] = 0.75;
  return FALSE;
}

/**
 * attest_colour_luminance:
 * @rgb: (array fixed-size=3): a colour
 *
 * Returns: its relative luminance after WCAG 2, 0 (black) to 1 (white)
 */
double
attest_colour_luminance (const double rgb[3])
{
  double l[3];

  for (guint i = 0; i < 3; i++)
    l[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

/**
 * attest_colour_text_grey:
 * @rgb: (array fixed-size=3): a background colour, a level's
 *
 * Text on a level's colour is black or white, whichever contrasts more; the
 * contrast is then at least 4.5 to 1 whatever the colour, in light mode and
 * dark mode alike (the cell carries its own background).
 *
 * Returns: 0 for black text, 1 for white
 */
double
attest_colour_text_grey (const double rgb[3])
{
  double luminance = attest_colour_luminance (rgb);

  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? 0.0 : 1.0;
}
