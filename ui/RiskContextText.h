#pragma once

#include "Approval.h"

namespace WalletDesk {

// An approval request and its risk context in sentences, for the approval
// queue's detail, the desktop notification and a screen reader alike: the
// warnings first, then the facts they come from.
namespace RiskContextText {

// "李雷 asks for a two-factor reset on 张* (8800****0001)".
QString request(const Approval &approval);
// One sentence per pattern found, most serious first; empty when none.
QStringList warnings(const RiskContext &risk, ActionType requested);
// The whole context: warnings, devices, failed sign-ins, security changes
// and other requests, each as a line.
QString full(const Approval &approval);

} // namespace RiskContextText

} // namespace WalletDesk
