#include "ActionPolicy.h"

namespace WalletDesk {

bool ActionPolicy::needsApproval(ActionType type, qint64 amountFen) const
{
    switch (type) {
    case ActionType::TwoFactorReset:
        return twoFactorResetNeedsApproval;
    case ActionType::Unfreeze:
        return unfreezeNeedsApproval;
    case ActionType::RefundRequest:
        return amountFen > refundApprovalAboveFen;
    case ActionType::Unlock:
    case ActionType::PasswordReset:
    case ActionType::SignOutDevices:
    case ActionType::Investigation:
        return false;
    }
    return true;
}

bool ActionPolicy::mayExportTransactions(Role role) const
{
    return transactionExportRoles.contains(role);
}

ActionPolicy ActionPolicy::read(JsonReader &r)
{
    ActionPolicy p;
    p.refundApprovalAboveFen
        = r.integer(QStringLiteral("refundApprovalAboveFen"), 0, Q_INT64_C(1) << 52);
    p.twoFactorResetNeedsApproval = r.boolean(QStringLiteral("twoFactorResetNeedsApproval"));
    p.unfreezeNeedsApproval = r.boolean(QStringLiteral("unfreezeNeedsApproval"));
    p.transactionExportRoles.clear();
    const QStringList roles = r.stringList(QStringLiteral("transactionExportRoles"), 8, 32);
    for (qsizetype i = 0; r.ok() && i < roles.size(); ++i) {
        const auto role = enumFromString<Role>(roles.at(i));
        if (r.check(role.has_value(), QStringLiteral("transactionExportRoles[%1]").arg(i),
                QStringLiteral("unknown role \"%1\"").arg(roles.at(i))))
            p.transactionExportRoles.append(*role);
    }
    return p;
}

QJsonObject ActionPolicy::toJson() const
{
    QJsonArray roles;
    for (Role role : transactionExportRoles)
        roles.append(enumToString(role));
    return {{QStringLiteral("refundApprovalAboveFen"), refundApprovalAboveFen},
        {QStringLiteral("twoFactorResetNeedsApproval"), twoFactorResetNeedsApproval},
        {QStringLiteral("unfreezeNeedsApproval"), unfreezeNeedsApproval},
        {QStringLiteral("transactionExportRoles"), roles}};
}

} // namespace WalletDesk
