#include "ActionTexts.h"

#include "ActionRequest.h"

#include <QCoreApplication>

namespace WalletDesk {

QString actionTypeText(ActionType type)
{
    switch (type) {
    case ActionType::Unlock:
        return QCoreApplication::translate("ActionTexts", "Unlock");
    case ActionType::PasswordReset:
        return QCoreApplication::translate("ActionTexts", "Password reset code");
    case ActionType::SignOutDevices:
        return QCoreApplication::translate("ActionTexts", "Sign-out of all devices");
    case ActionType::TwoFactorReset:
        return QCoreApplication::translate("ActionTexts", "Two-factor reset");
    case ActionType::Investigation:
        return QCoreApplication::translate("ActionTexts", "Investigation");
    case ActionType::RefundRequest:
        return QCoreApplication::translate("ActionTexts", "Refund request");
    case ActionType::Unfreeze:
        return QCoreApplication::translate("ActionTexts", "Unfreeze");
    }
    return {};
}

QString actionRequestText(const ActionRequest &request)
{
    const QString type = actionTypeText(request.type);
    switch (request.status) {
    case ActionStatus::Done:
        return QCoreApplication::translate("ActionTexts", "%1: done").arg(type);
    case ActionStatus::PendingApproval:
        return QCoreApplication::translate("ActionTexts", "%1: awaiting a supervisor's approval")
            .arg(type);
    case ActionStatus::Approved:
        return QCoreApplication::translate("ActionTexts", "%1: approved by a supervisor").arg(type);
    case ActionStatus::Rejected:
        return QCoreApplication::translate("ActionTexts", "%1: rejected by a supervisor (%2)")
            .arg(type, request.decisionReason);
    }
    return type;
}

} // namespace WalletDesk
