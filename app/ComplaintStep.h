#pragma once

#include <QCoreApplication>
#include <QString>

namespace WalletDesk {

// One workflow step a supervisor takes on a complaint, with what it needs.
// The desk turns it into its request; the window only says what it wants.
struct ComplaintStep
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStep)

public:
    enum class Kind { Assign, Escalate, Resolve, Reopen, Extend };

    Kind kind = Kind::Assign;
    qint64 assignee = 0; // Assign
    QString reason; // Escalate, Reopen, Extend
    QString resolutionCode; // Resolve
    QString resolutionText; // Resolve

    static ComplaintStep assign(qint64 agentId) { return {Kind::Assign, agentId, {}, {}, {}}; }
    static ComplaintStep escalate(const QString &reason)
    {
        return {Kind::Escalate, 0, reason, {}, {}};
    }
    static ComplaintStep resolve(const QString &code, const QString &text)
    {
        return {Kind::Resolve, 0, {}, code, text};
    }
    static ComplaintStep reopen(const QString &reason) { return {Kind::Reopen, 0, reason, {}, {}}; }
    static ComplaintStep extend(const QString &reason) { return {Kind::Extend, 0, reason, {}, {}}; }

    // What the step is called, for people ("assign", "escalate" ...).
    QString name() const;
};

} // namespace WalletDesk
