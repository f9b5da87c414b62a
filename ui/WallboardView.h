#pragma once

#include "ReferenceData.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace WalletDesk {

class RecordTableModel;
class Wallboard;

// The supervisor's live view of the floor: who is on a call and for how
// long, who is signed in and idle, the requests waiting for a second person
// and how long each has waited, and the complaints overdue or due today,
// each said in words ("已超期 2 天 3 小时"), not only by colour. A headline
// sentence sums it up and is a Tab stop a screen reader reads. Durations
// move on every few seconds from the last snapshot; the snapshot itself
// comes again when the changes feed says something changed (Wallboard).
class WallboardView : public QWidget
{
    Q_OBJECT

public:
    explicit WallboardView(Wallboard *board, QWidget *parent = nullptr);

    void setReference(const ReferenceData &reference, Language language);
    QString headline() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void showAgents(const QDateTime &now);
    void showApprovals(const QDateTime &now);
    // Returns how many of the listed complaints are overdue by now.
    int showComplaints(const QDateTime &now);
    void showHeadline(const QDateTime &now, int overdueSinceFetch);
    void retranslateUi();

    Wallboard *m_board;
    ReferenceData m_reference;
    Language m_language = Language::Chinese;
    QLabel *m_headline;
    QLabel *m_message;
    QLabel *m_agentsCaption;
    QLabel *m_approvalsCaption;
    QLabel *m_complaintsCaption;
    RecordTableModel *m_agents;
    RecordTableModel *m_approvals;
    RecordTableModel *m_complaints;
    QTableView *m_agentsView;
    QTableView *m_approvalsView;
    QTableView *m_complaintsView;
    QPushButton *m_refresh;
};

} // namespace WalletDesk
