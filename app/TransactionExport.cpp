#include "TransactionExport.h"

#include "CsvFile.h"
#include "DisplayNames.h"

#include <QPointer>

namespace WalletDesk {

namespace {
QString localTime(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}
} // namespace

TransactionExport::TransactionExport(PageLoader<Transaction>::Fetcher fetcher, const QString &path, QObject *parent)
    : QObject(parent)
    , m_fetcher(std::move(fetcher))
    , m_file(path)
{
}

QString TransactionExport::csvField(const QString &text)
{
    return CsvFile::field(text);
}

void TransactionExport::start()
{
    if (m_running)
        return;
    if (!m_file.open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_running = true;
    const QStringList header{tr("Time"), tr("Order number"), tr("Type"), tr("Status"), tr("Amount (yuan)"), tr("Fee (yuan)"),
                             tr("Merchant or counterparty"), tr("Failure reason"), tr("Money taken"), tr("Reversal due"),
                             tr("Bank"), tr("Card"), tr("Expected arrival")};
    // A byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
    m_file.write(CsvFile::byteOrderMark() + CsvFile::line(header));
    nextPage();
}

void TransactionExport::cancel()
{
    m_cancelled = true;
    if (m_running)
        finish(false, tr("Export cancelled; no file was written."));
}

void TransactionExport::nextPage()
{
    QPointer<TransactionExport> self(this);
    m_fetcher([self](const QList<Transaction> &rows, bool more, const QString &error) {
        // The fetcher may answer at once; writing on the next turn keeps the
        // stack flat and lets the window paint between pages.
        if (self)
            QMetaObject::invokeMethod(self, [self, rows, more, error] {
                if (self)
                    self->writePage(rows, more, error);
            }, Qt::QueuedConnection);
    });
}

void TransactionExport::writePage(const QList<Transaction> &rows, bool more, const QString &error)
{
    if (!m_running)
        return;
    if (!error.isEmpty()) {
        finish(false, tr("Export stopped after %n rows: %1", nullptr, m_rows).arg(error));
        return;
    }
    QByteArray chunk;
    for (const Transaction &t : rows) {
        const QStringList fields{localTime(t.createdAt),
                                 t.orderNumber,
                                 DisplayNames::transactionType(t.type),
                                 DisplayNames::transactionStatus(t.status),
                                 t.amount.toDecimalString(),
                                 t.fee.toDecimalString(),
                                 t.merchant.isEmpty() ? t.counterparty : t.merchant,
                                 t.failureReason,
                                 t.status == TransactionStatus::Failed ? (t.debited ? tr("yes") : tr("no")) : QString(),
                                 t.reversalDue ? t.reversalDue->toString(Qt::ISODate) : QString(),
                                 t.bankName,
                                 t.maskedCard,
                                 t.expectedArrival ? t.expectedArrival->toString(Qt::ISODate) : QString()};
        chunk += CsvFile::line(fields);
    }
    if (m_file.write(chunk) != chunk.size()) {
        finish(false, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    m_rows += int(rows.size());
    Q_EMIT progress(m_rows);
    if (more && !m_cancelled)
        nextPage();
    else if (!m_cancelled)
        finish(true, tr("%n transactions exported to %1.", nullptr, m_rows).arg(m_file.fileName()));
}

void TransactionExport::finish(bool ok, const QString &message)
{
    m_running = false;
    if (ok && !m_file.commit()) {
        ok = false;
        Q_EMIT finished(false, m_rows, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    if (!ok && m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file now, not at destruction
    }
    Q_EMIT finished(ok, m_rows, message);
}

} // namespace WalletDesk
