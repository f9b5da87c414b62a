#include "ChannelComplaints.h"

#include "ApiClient.h"
#include "ComplaintService.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

namespace WalletDesk {

ChannelComplaints::ChannelComplaints(ApiClient *api, ComplaintService *complaints, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_complaints(complaints)
{
    connect(m_complaints, &ComplaintService::complaintCreated, this,
        &ChannelComplaints::complaintCreated);
}

void ChannelComplaints::findAccounts(const QString &query)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), query.trimmed());
    m_api->get(QStringLiteral("/api/v1/accounts?") + q.toString(QUrl::FullyEncoded), this,
        [this, query](const ApiResult &r) {
            CodecError error;
            const auto found = r.ok() ? decodeItems<AccountSummary>(r.json, &error) : std::nullopt;
            if (found)
                Q_EMIT accountsFound(query, *found);
            else
                Q_EMIT searchFailed(r.ok() ? error.toString() : r.message);
        });
}

std::optional<AttachmentUpload> ChannelComplaints::readFile(const QString &path, QString *error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > ComplaintAttachment::maxBytes) {
        *error = tr("%1 is larger than 5 MiB.").arg(name);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return std::nullopt;
    }
    AttachmentUpload upload {name, file.read(ComplaintAttachment::maxBytes + 1)};
    if (upload.content.isEmpty() || upload.content.size() > ComplaintAttachment::maxBytes) {
        *error = tr("%1 is empty or larger than 5 MiB.").arg(name);
        return std::nullopt;
    }
    if (ComplaintAttachment::contentTypeOf(upload.content).isEmpty()) {
        *error = tr("%1 is not a PNG or JPEG image or a PDF document.").arg(name);
        return std::nullopt;
    }
    return upload;
}

QString ChannelComplaints::log(
    const ComplaintDraft &draft, const QStringList &files, QString *error)
{
    for (const QString &path : files) {
        if (!readFile(path, error))
            return {};
    }
    const QString key = m_complaints->queue(draft);
    if (key.isEmpty()) {
        *error = tr("The complaint could not be queued.");
        return {};
    }
    m_pendingFiles.insert(key, files); // remembered also without files: logged() says it arrived
    return key;
}

void ChannelComplaints::complaintCreated(const QString &key, qint64 complaintId)
{
    if (!m_pendingFiles.contains(key))
        return; // a complaint logged on a call
    Q_EMIT logged(key, complaintId);
    for (const QString &path : m_pendingFiles.take(key))
        attach(complaintId, path);
}

void ChannelComplaints::attach(qint64 complaintId, const QString &path)
{
    QString error;
    const auto upload = readFile(path, &error);
    if (!upload) {
        Q_EMIT attachFailed(path, error);
        return;
    }
    // One key per file: a resend after a lost answer makes one attachment.
    const ApiJob::Spec spec {"POST",
        QStringLiteral("/api/v1/complaints/%1/attachments").arg(complaintId),
        QJsonDocument(upload->toJson()).toJson(QJsonDocument::Compact),
        {{"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()}}};
    m_api->send(spec, this, [this, path](const ApiResult &r) {
        CodecError codecError;
        if (const auto a
            = r.ok() ? decode<ComplaintAttachment>(r.json, &codecError) : std::nullopt) {
            Q_EMIT attached(*a);
            return;
        }
        Q_EMIT attachFailed(path,
            tr("%1 was not attached (%2). The file is still at %3; attach it again.")
                .arg(QFileInfo(path).fileName(), r.ok() ? codecError.toString() : r.message, path));
    });
}

} // namespace WalletDesk
