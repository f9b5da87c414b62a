#pragma once

#include "PageLoader.h"

#include <QObject>
#include <QSaveFile>
#include <QStringList>

#include <functional>

namespace WalletDesk {

// Writes every page a fetcher delivers to a CSV file (CsvFile's quoting, a
// byte-order mark), one page per turn of the event loop so the window stays
// live. The file appears only when every row is written: a cancelled or
// failed export leaves whatever was there before.
class PagedCsvExport : public QObject
{
    Q_OBJECT

public:
    // A page turns into CSV rows only when the export writes it: rows that
    // arrive after a cancel or after the export is gone are never touched.
    using Rows = std::function<QList<QStringList>()>;
    using PageCallback = std::function<void(Rows rows, bool more, const QString &error)>;
    using Fetcher = std::function<void(PageCallback callback)>;

    PagedCsvExport(
        Fetcher fetcher, QStringList header, const QString &path, QObject *parent = nullptr);

    // The pages of a list model's fetcher, each row turned into fields by
    // toFields. Its captures must outlive the export, or be guarded.
    template<typename T>
    static Fetcher fieldsOf(
        typename PageLoader<T>::Fetcher fetcher, std::function<QStringList(const T &)> toFields)
    {
        return [fetcher = std::move(fetcher), toFields = std::move(toFields)](PageCallback done) {
            fetcher([toFields, done](const QList<T> &page, bool more, const QString &error) {
                const Rows rows = [toFields, page] {
                    QList<QStringList> fields;
                    fields.reserve(page.size());
                    for (const T &row : page)
                        fields.append(toFields(row));
                    return fields;
                };
                done(rows, more, error);
            });
        };
    }

    void start();
    void cancel();

Q_SIGNALS:
    void progress(int rowsWritten);
    // On success message is a generic "n rows exported"; callers may say it
    // in their own words.
    void finished(bool ok, int rowsWritten, const QString &message);

private:
    void nextPage();
    void writePage(const Rows &rows, bool more, const QString &error);
    void finish(bool ok, const QString &message);

    Fetcher m_fetcher;
    QStringList m_header;
    QSaveFile m_file;
    int m_rows = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace WalletDesk
