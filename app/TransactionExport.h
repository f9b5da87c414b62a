#pragma once

#include "PageLoader.h"
#include "Transaction.h"

#include <QObject>
#include <QSaveFile>

namespace WalletDesk {

// Writes the rows a fetcher delivers (the filtered log, every page of it) to
// a CSV file, one page per turn of the event loop so the window stays live.
// The file appears only when every row is written: a cancelled or failed
// export leaves whatever was there before.
class TransactionExport : public QObject
{
    Q_OBJECT

public:
    TransactionExport(PageLoader<Transaction>::Fetcher fetcher, const QString &path, QObject *parent = nullptr);

    void start();
    void cancel();
    int rowsWritten() const { return m_rows; }

    // One CSV field: quoted when needed, and text that a spreadsheet would
    // run as a formula is made plain.
    static QString csvField(const QString &text);

Q_SIGNALS:
    void progress(int rowsWritten);
    void finished(bool ok, int rowsWritten, const QString &message);

private:
    void nextPage();
    void writePage(const QList<Transaction> &rows, bool more, const QString &error);
    void finish(bool ok, const QString &message);

    PageLoader<Transaction>::Fetcher m_fetcher;
    QSaveFile m_file;
    int m_rows = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace WalletDesk
