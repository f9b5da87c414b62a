#pragma once

#include "Agent.h"
#include "AuditFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace WalletDesk {

class AuditLogModel;
class AgentDirectory;
class AuditLog;

// Who looked at or changed what: the audit log filtered by agent, account,
// action and days, loaded as it scrolls, exported as CSV.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    AuditView(AuditLog *log, AgentDirectory *agents, QWidget *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const;
    AuditLogModel *model() const { return m_model; }
    // Every entry of the filter (all pages), then the file; finished() tells.
    void exportTo(const QString &path);

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
    QTableView *m_view;
    QLabel *m_message;
    bool m_exporting = false;
};

} // namespace WalletDesk
