#pragma once

#include "ReferenceData.h"

namespace WalletDesk::Server {

// The reference data a new store starts with. Supervisors edit it through
// PUT /api/v1/reference; the holiday calendar must follow the State
// Council's yearly notice.
ReferenceData defaultReferenceData();

} // namespace WalletDesk::Server
