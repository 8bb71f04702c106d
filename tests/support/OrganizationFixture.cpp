// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/OrganizationFixture.h"

namespace OrganizationFixture {
Organization cert()
{
    Organization o;
    o.country = QStringLiteral("FR");
    o.acronym = QStringLiteral("TESTCERT");
    o.nameEn = QStringLiteral("Test CERT");
    o.nameJa = QStringLiteral("テストCERT");
    o.kind = QStringLiteral("national CERT");
    o.url = QStringLiteral("https://cert.example.org/");
    o.sources = {QStringLiteral("https://example.org/cert")};
    return o;
}
} // namespace OrganizationFixture
