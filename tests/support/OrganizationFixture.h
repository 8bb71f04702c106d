// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Records.h"

/// An invented organization of France (a national CERT) with every plain field set, for the organization tests.
namespace OrganizationFixture {
Organization cert();
} // namespace OrganizationFixture
