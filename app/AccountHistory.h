#pragma once

#include "CallRecord.h"
#include "Complaint.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class RecordCache;

// What happened on an account before this call: its complaints (from the
// server, or the cached ones when it cannot be reached) and its previous
// calls (server only: call records are not cached).
class AccountHistory : public QObject
{
    Q_OBJECT

public:
    AccountHistory(ApiClient *api, RecordCache *cache, QObject *parent = nullptr);

    void load(qint64 accountId, const QString &callId = {});

Q_SIGNALS:
    // message is empty when the list is the server's, else why it may be incomplete.
    void complaintsReady(
        qint64 accountId, const QList<WalletDesk::Complaint> &complaints, const QString &message);
    void callsReady(
        qint64 accountId, const QList<WalletDesk::CallRecord> &calls, const QString &message);

private:
    ApiClient *m_api;
    RecordCache *m_cache;
};

} // namespace WalletDesk
