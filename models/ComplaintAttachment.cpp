#include "ComplaintAttachment.h"

#include <algorithm>

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
}

ComplaintAttachment ComplaintAttachment::read(JsonReader &r)
{
    ComplaintAttachment a;
    a.id = r.integer(QStringLiteral("id"), 1, maxId);
    a.complaintId = r.integer(QStringLiteral("complaintId"), 1, maxId);
    a.fileName = r.nonEmptyString(QStringLiteral("fileName"), 200);
    a.contentType = r.nonEmptyString(QStringLiteral("contentType"), 60);
    a.sizeBytes = r.integer(QStringLiteral("sizeBytes"), 1, maxBytes);
    a.sha256 = r.nonEmptyString(QStringLiteral("sha256"), 64);
    a.uploadedBy = r.integer(QStringLiteral("uploadedBy"), 1, maxId);
    a.uploadedByName = r.string(QStringLiteral("uploadedByName"), 100);
    a.uploadedAt = r.dateTime(QStringLiteral("uploadedAt"));
    return a;
}

QJsonObject ComplaintAttachment::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("complaintId"), complaintId},
        {QStringLiteral("fileName"), fileName}, {QStringLiteral("contentType"), contentType},
        {QStringLiteral("sizeBytes"), sizeBytes}, {QStringLiteral("sha256"), sha256},
        {QStringLiteral("uploadedBy"), uploadedBy},
        {QStringLiteral("uploadedByName"), uploadedByName},
        {QStringLiteral("uploadedAt"), formatDateTime(uploadedAt)}};
}

QString ComplaintAttachment::contentTypeOf(const QByteArray &content)
{
    // The signatures of the formats themselves: PNG's eight bytes, JPEG's
    // start-of-image marker, PDF's header line.
    if (content.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QStringLiteral("image/png");
    if (content.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QStringLiteral("image/jpeg");
    if (content.startsWith(QByteArrayLiteral("%PDF-")))
        return QStringLiteral("application/pdf");
    return {};
}

QString ComplaintAttachment::nameFor(const QString &fileName, const QString &contentType)
{
    // The extension says what the bytes are, so that whoever opens a saved
    // copy opens it with an image viewer or a PDF reader and nothing else.
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    const bool named = fileName.contains(QLatin1Char('.'));
    if (contentType == QLatin1String("image/png"))
        return named && suffix == QLatin1String("png") ? fileName
                                                       : fileName + QStringLiteral(".png");
    if (contentType == QLatin1String("image/jpeg"))
        return named && (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
            ? fileName
            : fileName + QStringLiteral(".jpg");
    if (contentType == QLatin1String("application/pdf"))
        return named && suffix == QLatin1String("pdf") ? fileName
                                                       : fileName + QStringLiteral(".pdf");
    return fileName;
}

AttachmentUpload AttachmentUpload::read(JsonReader &r)
{
    AttachmentUpload u;
    // Only the last path segment: a name is shown, never used as a path.
    const QString name = r.nonEmptyString(QStringLiteral("fileName"), 200);
    u.fileName = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    if (r.ok())
        r.check(!u.fileName.trimmed().isEmpty() && u.fileName != QLatin1String(".")
                && u.fileName != QLatin1String(".."),
            QStringLiteral("fileName"), QStringLiteral("must name a file"));
    // A name is read by people on the timeline and offered back in a save
    // dialog: no control characters (line breaks, terminal escapes) and no
    // invisible format characters (a right-to-left override makes
    // "invoice<U+202E>gnp.exe" look like "invoiceexe.png").
    if (r.ok())
        r.check(std::none_of(u.fileName.cbegin(), u.fileName.cend(),
                    [](QChar c) {
                        return c.category() == QChar::Other_Control
                            || c.category() == QChar::Other_Format;
                    }),
            QStringLiteral("fileName"),
            QStringLiteral("must not hold control or invisible formatting characters"));
    // No longer than the whole body may be: the size check proper is the caller's.
    const QString encoded = r.nonEmptyString(
        QStringLiteral("contentBase64"), int(ComplaintAttachment::maxUploadBodyBytes));
    if (!r.ok())
        return u;
    auto decoded = QByteArray::fromBase64Encoding(
        encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    r.check(bool(decoded), QStringLiteral("contentBase64"), QStringLiteral("is not valid base64"));
    u.content = std::move(*decoded);
    return u;
}

QJsonObject AttachmentUpload::toJson() const
{
    return {{QStringLiteral("fileName"), fileName},
        {QStringLiteral("contentBase64"), QString::fromLatin1(content.toBase64())}};
}

} // namespace WalletDesk
