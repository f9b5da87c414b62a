#pragma once

#include "Agent.h"
#include "AuditFilter.h"
#include "Complaint.h"
#include "ComplaintEvent.h"
#include "ComplaintFilter.h"
#include "PageLoader.h"
#include "AuditEntry.h"
#include "ComplaintNote.h"
#include "ComplaintReport.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class RecordCache;

// The supervisor's work on complaints: the queue page by page, one
// complaint's timeline (events and notes), and the workflow steps. Every
// step carries the version the supervisor was looking at (If-Match): if
// someone else changed the complaint meanwhile, nothing is overwritten;
// conflict() hands over both versions and the supervisor chooses.
class ComplaintDesk : public QObject
{
    Q_OBJECT

public:
    ComplaintDesk(ApiClient *api, RecordCache *cache, QObject *parent = nullptr);

    PageLoader<Complaint>::Fetcher fetcherFor(const ComplaintFilter &filter, int pageSize = 100);
    void loadDetail(qint64 complaintId);
    void loadAgents();
    // step: assign, escalate, resolve, reopen or extend; body as the API takes it.
    void act(const Complaint &seen, const QString &step, const QJsonObject &body);
    void addNote(qint64 complaintId, const QString &body);
    // The audit log, newest first, page by page.
    PageLoader<AuditEntry>::Fetcher auditFetcher(const AuditFilter &filter, int pageSize = 200);
    // The figures of complaints created from `from` to `to` (China-time days).
    void loadReport(const QDate &from, const QDate &to);

Q_SIGNALS:
    void detailReady(const WalletDesk::Complaint &complaint, const QList<WalletDesk::ComplaintNote> &notes,
                     const QList<WalletDesk::ComplaintEvent> &events);
    void agentsReady(const QList<WalletDesk::Agent> &agents);
    void reportReady(const WalletDesk::ComplaintReport &report);
    void reportFailed(const QString &message);
    void changed(const WalletDesk::Complaint &complaint);
    void conflict(const QString &step, const QJsonObject &body, const WalletDesk::Complaint &seen,
                  const WalletDesk::Complaint &theirs);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    RecordCache *m_cache;
};

} // namespace WalletDesk
