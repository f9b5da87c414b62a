#include "PagedCsvExport.h"

#include "CsvFile.h"

#include <QPointer>

namespace WalletDesk {

PagedCsvExport::PagedCsvExport(
    Fetcher fetcher, QStringList header, const QString &path, QObject *parent)
    : QObject(parent)
    , m_fetcher(std::move(fetcher))
    , m_header(std::move(header))
    , m_file(path)
{
}

void PagedCsvExport::start()
{
    if (m_running)
        return;
    if (m_cancelled) {
        finish(false, tr("Export cancelled; no file was written."));
        return;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_running = true;
    // A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
    m_file.write(CsvFile::byteOrderMark() + CsvFile::line(m_header));
    nextPage();
}

void PagedCsvExport::cancel()
{
    m_cancelled = true;
    if (m_running)
        finish(false, tr("Export cancelled; no file was written."));
}

void PagedCsvExport::nextPage()
{
    QPointer<PagedCsvExport> self(this);
    m_fetcher([self](const Rows &rows, bool more, const QString &error) {
        // The fetcher may answer at once; writing on the next turn keeps the
        // stack flat and lets the window paint between pages.
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, rows, more, error] {
                    if (self)
                        self->writePage(rows, more, error);
                },
                Qt::QueuedConnection);
    });
}

void PagedCsvExport::writePage(const Rows &rows, bool more, const QString &error)
{
    if (!m_running)
        return;
    if (!error.isEmpty()) {
        finish(false, tr("Export stopped after %n rows: %1", nullptr, m_rows).arg(error));
        return;
    }
    const QList<QStringList> lines = rows ? rows() : QList<QStringList>();
    QByteArray chunk;
    for (const QStringList &fields : lines)
        chunk += CsvFile::line(fields);
    if (m_file.write(chunk) != chunk.size()) {
        finish(false, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_rows += int(lines.size());
    Q_EMIT progress(m_rows);
    if (!m_running)
        return; // cancelled by a progress receiver
    if (more)
        nextPage();
    else
        finish(true, tr("%n rows exported to %1.", nullptr, m_rows).arg(m_file.fileName()));
}

void PagedCsvExport::finish(bool ok, const QString &message)
{
    m_running = false;
    if (ok && !m_file.commit()) {
        Q_EMIT finished(
            false, m_rows, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    if (!ok && m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file now, not at destruction
    }
    Q_EMIT finished(ok, m_rows, message);
}

} // namespace WalletDesk
