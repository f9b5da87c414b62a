#pragma once

#include "Agent.h"
#include "Complaint.h"
#include "ComplaintAttachment.h"
#include "ComplaintEvent.h"
#include "ComplaintFilter.h"
#include "ComplaintNote.h"
#include "ReferenceData.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace WalletDesk {

class AgentDirectory;
class ChannelComplaintDialog;
class ComplaintDesk;
struct ComplaintStep;
class ComplaintListModel;

// The supervisor's complaint queue: by deadline, coloured by time left
// (on track, due today, overdue), filtered by status, category, channel,
// agent and overdue, with filters saved by name; the selected complaint's
// timeline and the workflow steps. A step on a complaint someone else has
// changed meanwhile shows both versions and lets the supervisor choose.
class ComplaintQueueView : public QWidget
{
    Q_OBJECT

public:
    ComplaintQueueView(ComplaintDesk *desk, AgentDirectory *agents, QWidget *parent = nullptr);

    void setReference(const ReferenceData &reference, Language language);
    void setFilter(const ComplaintFilter &filter);
    ComplaintFilter filter() const;
    void saveFilter(const QString &name);
    ComplaintListModel *model() const { return m_model; }
    std::optional<Complaint> current() const { return m_current; }

    // The workflow steps on the selected complaint (the buttons ask first).
    void assignTo(qint64 agentId);
    void escalate(const QString &reason);
    void addNote(const QString &body);
    void resolve(const QString &resolutionCode, const QString &text);
    void reopen(const QString &reason);
    void extend(const QString &reason);
    // Called with both versions when a step met someone else's change.
    // Default: ask the supervisor; tests set an answer instead.
    void setConflictAnswer(std::optional<bool> applyMine) { m_conflictAnswer = applyMine; }
    void complaintChanged(const Complaint &complaint);
    // Logging a complaint from another channel (the "Log complaint" button).
    ChannelComplaintDialog *openLogDialog();
    // Saves the selected complaint's attachment at that row (the Download
    // button asks where first).
    void downloadAttachment(int row, const QString &path);

Q_SIGNALS:
    void conflictShown(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void select();
    void showDetail(
        const Complaint &c, const QList<ComplaintNote> &notes, const QList<ComplaintEvent> &events);
    void onConflict(const ComplaintStep &step, const Complaint &seen, const Complaint &theirs);
    QString describe(const Complaint &c) const;
    void showSummary(const QString &text);
    QString eventSentence(const ComplaintEvent &e) const;
    QString agentName(std::optional<qint64> id) const;
    void showAttachments(qint64 complaintId, const QList<ComplaintAttachment> &attachments);
    void fillFilterBoxes();
    void loadSavedFilters();
    void updateButtons();
    void retranslateUi();

    ComplaintDesk *m_desk;
    ComplaintListModel *m_model;
    ReferenceData m_reference;
    Language m_language = Language::Chinese;
    QList<Agent> m_agents;
    std::optional<Complaint> m_current;
    std::optional<bool> m_conflictAnswer;
    bool m_filling = false;
    bool m_updatingRows = false;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_channel;
    QComboBox *m_assignee;
    QCheckBox *m_overdue;
    QComboBox *m_saved;
    QPushButton *m_save;
    QTableView *m_view;
    QLabel *m_summary;
    QList<QLabel *> m_filterCaptions; // status, category, channel, assignee, saved
    QListWidget *m_timeline;
    QListWidget *m_attachments;
    QList<ComplaintAttachment> m_attachmentList;
    QPushButton *m_download;
    QPushButton *m_log;
    QLabel *m_message;
    QPushButton *m_assign;
    QPushButton *m_escalate;
    QPushButton *m_note;
    QPushButton *m_resolve;
    QPushButton *m_reopen;
    QPushButton *m_extend;
};

} // namespace WalletDesk
