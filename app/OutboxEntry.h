#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace WalletDesk {

// A write the agent made that the server has not confirmed yet. Sent in
// order of seq, always with the same Idempotency-Key, until the server
// answers 2xx (sent) or 4xx (failed: the queue waits on it until it is
// retried or discarded).
// It says what the agent did, not how to send it: the SyncEngine turns the
// operation into a request, so that the file outlives a change of the API.
struct OutboxEntry
{
    enum class Operation {
        CreateComplaint,
        AddComplaintNote,
        EditComplaint,
        RecordCall,
        ScheduleCallback,
        ChangeCallback
    };
    enum class State { Pending, Failed };

    qint64 seq = 0;
    QString key; // Idempotency-Key, a UUID
    Operation operation = Operation::CreateComplaint;
    // The record an entry changes (the file's column predates callbacks):
    // notes and complaint edits, the complaint; ChangeCallback, the callback.
    qint64 complaintId = 0;
    qint64 baseVersion = 0; // edits: the version the agent saw, sent as If-Match
    QByteArray body; // the JSON payload
    QDateTime createdAt;
    int attempts = 0;
    State state = State::Pending;
    int lastStatus = 0;
    QString lastError;

    // The names the cache file stores; written to disk, so never rename one.
    static QString operationName(Operation operation);
    static std::optional<Operation> operationFromName(const QString &name);
};

inline QString OutboxEntry::operationName(Operation operation)
{
    switch (operation) {
    case Operation::CreateComplaint:
        return QStringLiteral("create-complaint");
    case Operation::AddComplaintNote:
        return QStringLiteral("add-complaint-note");
    case Operation::EditComplaint:
        return QStringLiteral("edit-complaint");
    case Operation::RecordCall:
        return QStringLiteral("record-call");
    case Operation::ScheduleCallback:
        return QStringLiteral("schedule-callback");
    case Operation::ChangeCallback:
        return QStringLiteral("change-callback");
    }
    return {};
}

inline std::optional<OutboxEntry::Operation> OutboxEntry::operationFromName(const QString &name)
{
    for (Operation o :
        {Operation::CreateComplaint, Operation::AddComplaintNote, Operation::EditComplaint,
            Operation::RecordCall, Operation::ScheduleCallback, Operation::ChangeCallback}) {
        if (operationName(o) == name)
            return o;
    }
    return std::nullopt;
}

} // namespace WalletDesk
