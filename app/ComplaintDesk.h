#pragma once

#include "Complaint.h"
#include "ComplaintAttachment.h"
#include "ComplaintEvent.h"
#include "ComplaintFilter.h"
#include "ComplaintNote.h"
#include "ComplaintStep.h"
#include "PageLoader.h"

#include <QObject>

namespace WalletDesk {

class ApiClient;
class ChannelComplaints;
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

    // Logging complaints that came without a call (SupervisorServices sets it).
    ChannelComplaints *channels() const { return m_channels; }
    void setChannels(ChannelComplaints *channels) { m_channels = channels; }

    PageLoader<Complaint>::Fetcher fetcherFor(const ComplaintFilter &filter, int pageSize = 100);
    void loadDetail(qint64 complaintId);
    // Workflow steps on the complaint as the supervisor saw it (its version).
    void assign(const Complaint &seen, qint64 agentId);
    void escalate(const Complaint &seen, const QString &reason);
    void resolve(const Complaint &seen, const QString &resolutionCode, const QString &text);
    void reopen(const Complaint &seen, const QString &reason);
    void extend(const Complaint &seen, const QString &reason);
    // Any of them; after a conflict, the same step again on their version.
    void apply(const Complaint &seen, const ComplaintStep &step);
    void addNote(qint64 complaintId, const QString &body);
    // Evidence: the list comes with every loadDetail(); a download is saved
    // whole at savePath or not at all (the server audits it).
    void loadAttachments(qint64 complaintId);
    void download(const ComplaintAttachment &attachment, const QString &savePath);

Q_SIGNALS:
    void detailReady(const WalletDesk::Complaint &complaint,
        const QList<WalletDesk::ComplaintNote> &notes,
        const QList<WalletDesk::ComplaintEvent> &events);
    void changed(const WalletDesk::Complaint &complaint);
    void attachmentsReady(
        qint64 complaintId, const QList<WalletDesk::ComplaintAttachment> &attachments);
    void downloaded(const WalletDesk::ComplaintAttachment &attachment, const QString &path);
    // Someone else changed the complaint first: nothing was written; both
    // versions, for the supervisor to choose.
    void conflict(const WalletDesk::ComplaintStep &step, const WalletDesk::Complaint &seen,
        const WalletDesk::Complaint &theirs);
    void failed(const QString &message);

private:
    ApiClient *m_api;
    RecordCache *m_cache;
    ChannelComplaints *m_channels = nullptr;
};

} // namespace WalletDesk
