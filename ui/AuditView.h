#pragma once

#include "Agent.h"
#include "AuditFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace WalletDesk {

class AuditLogModel;
class AgentDirectory;
class AuditLog;
class PagedCsvExport;

// Who looked at or changed what: the audit log filtered by agent, account,
// action and days, loaded as it scrolls, exported as CSV page by page with
// its progress and a cancel button.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(AuditLog *log, AgentDirectory *agents, QWidget *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    AuditLogModel *model() const { return m_model; }
    // Every entry of the filter (all pages) to path; exportFinished() tells.
    // A cancelled or failed export leaves what was at path before.
    void exportTo(const QString &path);
    void cancelExport();
    bool isExporting() const { return m_exportJob != nullptr; }

Q_SIGNALS:
    void exportFinished(bool ok, int rows, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    AuditLog *m_log;
    AuditLogModel *m_model;
    QComboBox *m_agent;
    QLineEdit *m_account;
    QLineEdit *m_action;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_export;
    QPushButton *m_cancelExport;
    QProgressBar *m_progress;
    QTableView *m_view;
    QLabel *m_message;
    PagedCsvExport *m_exportJob = nullptr;
};

} // namespace WalletDesk
