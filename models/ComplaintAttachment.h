#pragma once

#include "JsonReader.h"

namespace WalletDesk {

// Evidence on a complaint: a photo, a screenshot or a scanned letter. The
// server keeps the bytes once per SHA-256 and tells the type from the
// content, never from the name the customer gave the file.
struct ComplaintAttachment
{
    // 5 MiB: a phone photo or a few scanned pages; larger is refused (413).
    static constexpr qint64 maxBytes = 5 * 1024 * 1024;
    // The largest upload body: the content in base64 and room for its name.
    static constexpr qint64 maxUploadBodyBytes = (maxBytes + 2) / 3 * 4 + 1024;

    qint64 id = 0;
    qint64 complaintId = 0;
    QString fileName;
    QString contentType; // image/png, image/jpeg or application/pdf
    qint64 sizeBytes = 0;
    QString sha256; // lower-case hex of the content
    qint64 uploadedBy = 0;
    QString uploadedByName;
    QDateTime uploadedAt;

    static ComplaintAttachment read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintAttachment &) const = default;

    // The type the bytes are by their first bytes (PNG, JPEG, PDF), or
    // empty when they are none of those.
    static QString contentTypeOf(const QByteArray &content);
    // The name as stored: the uploader's, with the extension of its type
    // added when it has another ("scan" -> "scan.pdf", "x.html" -> "x.html.png").
    static QString nameFor(const QString &fileName, const QString &contentType);
};

// What a console sends to attach a file: its name and its bytes (base64 in
// the JSON body, so that it queues in the outbox like any other write).
struct AttachmentUpload
{
    QString fileName;
    QByteArray content;

    // Reads the name and decodes the bytes; malformed base64 is an error
    // against "contentBase64". Size and type are checked by the caller.
    static AttachmentUpload read(JsonReader &r);
    QJsonObject toJson() const;
};

} // namespace WalletDesk
