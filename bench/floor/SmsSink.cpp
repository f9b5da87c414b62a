#include "SmsSink.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace FloorSim {

SmsSink::SmsSink(const QStringList &files)
    : m_paths(files)
{
}

SmsSink::~SmsSink() = default;

bool SmsSink::open(QString *error)
{
    for (const QString &path : std::as_const(m_paths)) {
        auto source = std::make_shared<Source>();
        source->file = std::make_unique<QFile>(path);
        // The server creates the file at its first message: make it now, so
        // that a fresh sink can be opened before any code is sent.
        if (!source->file->open(QIODevice::ReadOnly)) {
            QFile create(path);
            if (!create.open(QIODevice::Append) || !source->file->open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("--sms-log %1: %2").arg(path, source->file->errorString());
                return false;
            }
        }
        source->file->seek(source->file->size());
        m_sources.append(source);
    }
    return true;
}

qint64 SmsSink::poll()
{
    for (const auto &source : std::as_const(m_sources)) {
        QFile &file = *source->file;
        // Truncated or replaced under us (a new run): start at its end again.
        if (file.size() < file.pos())
            file.seek(file.size());
        const QByteArray added = file.read(file.size() - file.pos());
        if (added.isEmpty())
            continue;
        source->partial += added;
        consume(&source->partial);
    }
    return m_seq;
}

int SmsSink::consume(QByteArray *buffer)
{
    const qsizetype end = buffer->lastIndexOf('\n');
    if (end < 0)
        return 0;
    int parsed = 0;
    qsizetype at = 0;
    while (at <= end) {
        const qsizetype next = buffer->indexOf('\n', at);
        QString to, code;
        if (parseLine(QByteArray::fromRawData(buffer->constData() + at, next - at), &to, &code)) {
            m_newest.insert(to, {code, ++m_seq});
            ++parsed;
        }
        at = next + 1;
    }
    buffer->remove(0, end + 1);
    return parsed;
}

QString SmsSink::codeFor(const QString &phone, qint64 after) const
{
    const auto it = m_newest.constFind(phone);
    return it != m_newest.cend() && it->seq > after ? it->code : QString();
}

bool SmsSink::parseLine(const QByteArray &line, QString *to, QString *code)
{
    const QJsonObject message = QJsonDocument::fromJson(line).object();
    *to = message.value(QStringLiteral("to")).toString();
    const QString body = message.value(QStringLiteral("body")).toString();
    if (to->isEmpty() || body.isEmpty())
        return false;
    // The verification text (VerificationApi): "…验证码为 123456，…". Other
    // messages (complaint notices, password resets) are not codes to answer.
    static const QRegularExpression digits(QStringLiteral("验证码为\\s*(\\d{6})"));
    const QRegularExpressionMatch m = digits.match(body);
    if (!m.hasMatch())
        return false;
    *code = m.captured(1);
    return true;
}

} // namespace FloorSim
