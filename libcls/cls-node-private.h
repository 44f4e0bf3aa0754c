/* cls-node-private.h: internals of ClsNode (not installed)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#include "cls-node.h"
