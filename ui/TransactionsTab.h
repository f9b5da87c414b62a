#pragma once

#include "TransactionFilter.h"
#include "TransactionListModel.h"

#include "TransactionFeed.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QProgressBar;
class QPushButton;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace WalletDesk {

class TransactionExport;
class TransactionFeed;

// The transaction log of one account: a filter bar (dates, type, status,
// amount), a search by order number, the lazily loaded list with exceptions
// tinted, the detail of the selected transaction, and CSV export of the
// filtered rows with its progress.
class TransactionsTab : public QWidget
{
    Q_OBJECT

public:
    TransactionsTab(TransactionListModel *model, TransactionFeed *feed, QWidget *parent = nullptr);

    void showAccount(qint64 accountId, const QString &callId);
    // No account: an empty log (a running export goes on).
    void clear();
    QTableView *view() const { return m_view; }
    TransactionFilter filter() const;
    // Looks the order up (server, else cache) and shows it in the detail pane.
    void findOrder(const QString &orderNumber);
    // Writes every row of the current filter to path; progress shows below the list.
    void exportTo(const QString &path);
    bool isExporting() const { return m_export != nullptr || m_exportAsked; }
    // Ctrl+End / Ctrl+Home in the log: the oldest row, or the newest,
    // loaded from that end at once (not by scrolling through everything in
    // between), and selected.
    void jumpToOldest();
    void jumpToNewest();
    // The log from the end of that day (China time) down: its latest row
    // selected, newer rows above as the agent scrolls up.
    void goToDate(const QDate &day);
    // The tab was chosen (Alt+T): the focus goes into the log, on the first
    // row that deserves the agent's eye (a failed-but-debited payment, a
    // double charge, a long pending one), else on the newest.
    void focusLog();

Q_SIGNALS:
    void selectionChanged();
    void message(const QString &text);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void start(const TransactionFeed::Start &from);
    void chooseDate();
    void loadNewerIfAtTop();
    void showDetail();
    void showTransaction(const Transaction &t, const QString &note);
    void setDetail(const QString &text);
    void chooseExportFile();
    void startExport(qint64 exportId, const QString &path);
    void retranslateUi();

    TransactionListModel *m_model;
    TransactionFeed *m_feed;
    qint64 m_accountId = 0;
    QString m_callId;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_datesLabel;
    QComboBox *m_type;
    QComboBox *m_status;
    // Captions the filters are read with (a combo box's own name is its value on Linux).
    QLabel *m_typeLabel;
    QLabel *m_statusLabel;
    QLineEdit *m_minYuan;
    QLineEdit *m_maxYuan;
    QLabel *m_amountLabel;
    QLineEdit *m_order;
    QTimer *m_dateDebounce;
    QPushButton *m_goToDate;
    QPushButton *m_exportButton;
    // What to select once the first page of a jump is in.
    enum class Landing { None, First, Last, FirstException } m_landing = Landing::None;
    void land(Landing landing);
    // The row at the top of the view when rows come in above it.
    QPersistentModelIndex m_topBeforeInsert;
    QPushButton *m_cancelExport;
    QProgressBar *m_progress;
    QTableView *m_view;
    QLabel *m_detail;
    TransactionExport *m_export = nullptr;
    bool m_exportAsked = false; // waiting for the server to record the export
    bool m_exportCancelled = false;
};

} // namespace WalletDesk
