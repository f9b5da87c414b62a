#pragma once

#include "AccountSummary.h"
#include "Complaint.h"
#include "ComplaintAttachment.h"

#include <QHash>
#include <QObject>

namespace WalletDesk {

class ApiClient;
class ComplaintService;

// Complaints that arrive without a call (WeChat, app form, letter, e-mail,
// service center), as a supervisor logs them: find the customer's account,
// queue the complaint through the outbox like any other (nothing typed is
// lost offline), and attach the evidence files once the server has given
// the complaint its number. Files are checked before anything is queued
// (readable, at most 5 MiB, PNG, JPEG or PDF by their bytes). Their upload
// is online only: when it fails, attachFailed names the file, which stays
// where it is, to be attached again.
class ChannelComplaints : public QObject
{
    Q_OBJECT

public:
    ChannelComplaints(ApiClient *api, ComplaintService *complaints, QObject *parent = nullptr);

    void findAccounts(const QString &query);
    // Queues the complaint; returns its outbox key, or empty with *error
    // for people (a file that cannot be attached, a store that refused).
    QString log(const ComplaintDraft &draft, const QStringList &files, QString *error);
    // Uploads one file to a complaint the server knows.
    void attach(qint64 complaintId, const QString &path);
    // The file as the upload would send it, or nullopt with *error.
    static std::optional<AttachmentUpload> readFile(const QString &path, QString *error);

Q_SIGNALS:
    void accountsFound(const QString &query, const QList<WalletDesk::AccountSummary> &accounts);
    void searchFailed(const QString &message);
    // The server took the complaint (its number) that log() queued.
    void logged(const QString &key, qint64 complaintId);
    void attached(const WalletDesk::ComplaintAttachment &attachment);
    void attachFailed(const QString &path, const QString &message);

private:
    void complaintCreated(const QString &key, qint64 complaintId);

    ApiClient *m_api;
    ComplaintService *m_complaints;
    QHash<QString, QStringList> m_pendingFiles; // outbox key -> files to attach
};

} // namespace WalletDesk
