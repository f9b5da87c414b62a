#pragma once

#include "DomainEnums.h"

#include <QString>

namespace WalletDesk {

struct ActionRequest;

// How actions and their states read to an agent (never the wire names).
QString actionTypeText(ActionType type);
// "Two-factor reset: awaiting a supervisor's approval", with the decision's reason when rejected.
QString actionRequestText(const ActionRequest &request);

} // namespace WalletDesk
