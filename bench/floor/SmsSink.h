#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QFile;

namespace FloorSim {

// Reads the verification codes the servers' simulated SMS gateway appends
// to their --sms-log files (JSON lines {"to", "body", "at"}; several servers
// may share a file, or each have its own). Only the bytes added since the
// last read are parsed.
class SmsSink
{
public:
    explicit SmsSink(const QStringList &files);
    ~SmsSink();

    // Starts past what the files hold now: codes of earlier runs never count.
    bool open(QString *error);
    // Reads what was appended; returns the number of messages seen so far
    // (a mark: codeFor(phone, mark) wants a message newer than it).
    qint64 poll();
    // The code of the newest message to phone seen after mark, or empty.
    QString codeFor(const QString &phone, qint64 after) const;

    // One line's recipient and code; false for a line that is not a code message.
    static bool parseLine(const QByteArray &line, QString *to, QString *code);
    // Lines in buffer up to its last '\n' are parsed and removed; a partial
    // last line stays for the next read. Returns the messages parsed.
    int consume(QByteArray *buffer);

private:
    struct Source
    {
        std::unique_ptr<QFile> file;
        QByteArray partial;
    };
    struct Code
    {
        QString code;
        qint64 seq;
    };
    QStringList m_paths;
    QList<std::shared_ptr<Source>> m_sources;
    QHash<QString, Code> m_newest;
    qint64 m_seq = 0;
};

} // namespace FloorSim
