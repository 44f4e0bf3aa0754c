/* cls.h: the umbrella header of libcls
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */
#pragma once

#define __CLS_INSIDE__

#include "cls-version-macros.h"
#include "cls-version.h"
#include "cls-enum-types.h"

#include "cls-error.h"
#include "cls-period.h"
#include "cls-progress.h"
#include "cls-measurement.h"
#include "cls-amendment.h"
#include "cls-area.h"
#include "cls-baseline.h"
#include "cls-body.h"
#include "cls-calendar-entry.h"
#include "cls-commune.h"
#include "cls-cross-reference.h"
#include "cls-deliverable.h"
#include "cls-diagnostic.h"
#include "cls-figure.h"
#include "cls-funding.h"
#include "cls-level.h"
#include "cls-organisation.h"
#include "cls-role.h"
#include "cls-scale-level.h"
#include "cls-scale.h"
#include "cls-target.h"
#include "cls-indicator.h"
#include "cls-node.h"
#include "cls-contract.h"
#include "cls-loader.h"
#include "cls-status.h"
#include "cls-gap.h"
#include "cls-dimension-value.h"
#include "cls-indicator-result.h"
#include "cls-node-result.h"
#include "cls-evaluator.h"
#include "cls-evaluation.h"
#include "cls-review.h"
#include "cls-export.h"
#include "cls-import.h"
#include "cls-report.h"

#undef __CLS_INSIDE__
