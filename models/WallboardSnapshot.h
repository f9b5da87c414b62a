#pragma once

#include "DomainEnums.h"
#include "Presence.h"

namespace WalletDesk {

// The supervisor's live view in one answer (GET /api/v1/wallboard): who is
// on a call and who is idle, the requests waiting for a second person, and
// the complaints due today or already overdue. Times are instants; the
// console says them in China time and counts durations from `at`, the
// server's clock when it answered.
struct WallboardSnapshot
{
    struct WaitingApproval
    {
        qint64 actionId = 0;
        ActionType type = ActionType::TwoFactorReset;
        QString agentName;
        QDateTime createdAt;

        static WaitingApproval read(JsonReader &r);
        QJsonObject toJson() const;
        bool operator==(const WaitingApproval &) const = default;
    };

    struct DueComplaint
    {
        qint64 id = 0;
        QString categoryCode;
        QString assigneeName; // empty: nobody has it yet
        QDateTime dueAt;

        static DueComplaint read(JsonReader &r);
        QJsonObject toJson() const;
        bool operator==(const DueComplaint &) const = default;
    };

    // Each list holds at most this many, the most urgent; the counts are whole.
    static constexpr int maxListed = 200;

    QDateTime at;
    QList<Presence> agents; // signed in and heard from lately
    QList<WaitingApproval> approvals; // longest waiting first
    QList<DueComplaint> dueToday; // not resolved, due later today (China time)
    int dueTodayCount = 0;
    QList<DueComplaint> overdue; // not resolved, due before `at`, longest overdue first
    int overdueCount = 0;

    static WallboardSnapshot read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const WallboardSnapshot &) const = default;
};

} // namespace WalletDesk
