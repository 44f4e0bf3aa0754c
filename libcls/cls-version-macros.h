/* cls-version-macros.h: export and availability macros
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#if !defined(__CLS_INSIDE__) && !defined(CLS_COMPILATION)
#error "Only <libcls/cls.h> can be included directly."
#endif

#include <glib.h>

#ifndef _CLS_EXTERN
# if defined(CLS_STATIC_BUILD)
#  define _CLS_EXTERN extern
# else
#  define _CLS_EXTERN __attribute__((visibility ("default"))) extern
# endif
#endif

/**
 * CLS_VERSION_1_0:
 *
 * A macro that evaluates to the 1.0 version of libcls, in a format
 * that can be used by %CLS_VERSION_MIN_REQUIRED and %CLS_VERSION_MAX_ALLOWED.
 *
 * Since: 1.0
 */
#define CLS_VERSION_1_0 (G_ENCODE_VERSION (1, 0))

#define CLS_VERSION_CUR_STABLE CLS_VERSION_1_0

#ifndef CLS_VERSION_MIN_REQUIRED
# define CLS_VERSION_MIN_REQUIRED CLS_VERSION_CUR_STABLE
#endif

#ifndef CLS_VERSION_MAX_ALLOWED
# define CLS_VERSION_MAX_ALLOWED CLS_VERSION_CUR_STABLE
#endif

#define CLS_AVAILABLE_IN_ALL _CLS_EXTERN
#define CLS_AVAILABLE_IN_1_0 _CLS_EXTERN

/**
 * CLS_DEPRECATED:
 *
 * Marks a symbol as deprecated; define %CLS_DISABLE_DEPRECATION_WARNINGS to
 * silence the warnings.
 *
 * Since: 1.0
 */

/**
 * CLS_DEPRECATED_FOR:
 * @f: the symbol to use instead
 *
 * Marks a symbol as deprecated in favour of @f.
 *
 * Since: 1.0
 */
#ifdef CLS_DISABLE_DEPRECATION_WARNINGS
# define CLS_DEPRECATED _CLS_EXTERN
# define CLS_DEPRECATED_FOR(f) _CLS_EXTERN
#else
# define CLS_DEPRECATED G_DEPRECATED _CLS_EXTERN
# define CLS_DEPRECATED_FOR(f) G_DEPRECATED_FOR (f) _CLS_EXTERN
#endif
