#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace WalletDesk {

// A write the agent made that the server has not confirmed yet. Sent in
// order of seq, always with the same Idempotency-Key, until the server
// answers 2xx (sent) or 4xx (failed: shown to the agent, kept until they act).
struct OutboxEntry
{
    enum class State { Pending, Failed };

    qint64 seq = 0;
    QString key;  // Idempotency-Key, a UUID
    QString kind; // "complaint.create", "complaint.note", "call.record"
    QByteArray method = "POST";
    QString path;
    QByteArray body;
    QByteArray ifMatch; // edits of shared records: the version the agent edited
    QDateTime createdAt;
    int attempts = 0;
    State state = State::Pending;
    int lastStatus = 0;
    QString lastError;
};

} // namespace WalletDesk
