#include "ComplaintQueueView.h"

#include "AgentDirectory.h"
#include "ChannelComplaintDialog.h"
#include "ChannelComplaints.h"
#include "ComplaintDesk.h"
#include "ComplaintListModel.h"
#include "ComplaintNotices.h"
#include "DisplayNames.h"
#include "ReadOnlyTable.h"
#include "ReasonPrompt.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace WalletDesk {

namespace {
const QString savedGroup = QStringLiteral("supervisor/savedFilters");

// The status box's item for a filter: a status, all, or (empty) open ones.
QString statusData(const ComplaintFilter &f)
{
    if (f.status)
        return enumToString(*f.status);
    return f.includeResolved ? QStringLiteral("all") : QString();
}
} // namespace

QString ComplaintQueueView::agentName(std::optional<qint64> id) const
{
    for (const Agent &a : m_agents) {
        if (id && a.id == *id)
            return a.displayName;
    }
    return id ? tr("agent %1").arg(*id) : tr("nobody");
}

// One timeline entry as a sentence: when, who, what ("2026-11-21 09:30 王组长
// assigned the complaint to 李雷").
QString ComplaintQueueView::eventSentence(const ComplaintEvent &e) const
{
    const QString when = DisplayNames::time(e.at);
    const QString who = e.agentName;
    const QString &d = e.detail;
    QString what;
    if (e.kind == QLatin1String("created"))
        what = tr("logged the complaint (%1)").arg(m_reference.categoryName(d, m_language));
    else if (e.kind == QLatin1String("update"))
        what = tr("edited the complaint");
    else if (e.kind == QLatin1String("note"))
        what = tr("added a note: %1").arg(d);
    else if (e.kind == QLatin1String("assign"))
        what = tr("assigned the complaint to %1").arg(d);
    else if (e.kind == QLatin1String("escalate"))
        what = tr("escalated the complaint: %1").arg(d);
    else if (e.kind == QLatin1String("resolve"))
        what = tr("resolved the complaint: %1").arg(m_reference.resolutionName(d, m_language));
    else if (e.kind == QLatin1String("reopen"))
        what = tr("reopened the complaint: %1").arg(d);
    else if (e.kind == QLatin1String("extend"))
        what = tr("extended the deadline: %1").arg(d);
    else if (e.kind == QLatin1String("attachment"))
        what = tr("attached the file %1").arg(d.section(QLatin1Char(' '), 1));
    else if (const auto n
        = e.kind == QLatin1String("notice") ? NoticeRecord::fromDetail(d) : std::nullopt) {
        const QString which = n->kind == ComplaintNotices::Kind::Acknowledged
            ? tr("the acknowledgement text")
            : tr("the resolution text");
        switch (n->outcome) {
        case NoticeRecord::Outcome::Sent:
            return tr("%1 %2 was sent to %3").arg(when, which, n->maskedRecipient);
        case NoticeRecord::Outcome::OptedOut:
            return tr("%1 %2 was not sent: the customer wants no text messages").arg(when, which);
        case NoticeRecord::Outcome::RateLimited:
            return tr("%1 %2 was not sent: %3 has had too many texts this hour")
                .arg(when, which, n->maskedRecipient);
        case NoticeRecord::Outcome::NoNumber:
            return tr("%1 %2 was not sent: no number to text").arg(when, which);
        }
    } else
        what = tr("%1 %2").arg(e.kind, d);
    return tr("%1 %2 %3") // time, who, what they did
        .arg(when, who, what);
}

ComplaintQueueView::ComplaintQueueView(ComplaintDesk *desk, AgentDirectory *agents, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new ComplaintListModel(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_overdue(new QCheckBox(this))
    , m_saved(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_timeline(new QListWidget(this))
    , m_attachments(new QListWidget(this))
    , m_download(new QPushButton(this))
    , m_log(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_assign(new QPushButton(this))
    , m_escalate(new QPushButton(this))
    , m_note(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_reopen(new QPushButton(this))
    , m_extend(new QPushButton(this))
{
    m_view = makeReadOnlyTable(m_model, QStringLiteral("complaintQueue"), this);
    m_view->setColumnWidth(ComplaintListModel::CategoryColumn, 180);
    m_summary->setObjectName(QStringLiteral("complaintSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // A stop of its own in the Tab order, read out with its content.
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_attachments->setObjectName(QStringLiteral("complaintAttachments"));
    m_attachments->setMaximumHeight(90);
    m_timeline->setObjectName(QStringLiteral("complaintTimeline"));
    m_timeline->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("complaintMessage"));
    m_message->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("queueStatus"));
    m_overdue->setObjectName(QStringLiteral("queueOverdue"));
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    const QList<QPair<QPushButton *, const char *>> named {{m_assign, "assign"},
        {m_escalate, "escalate"}, {m_note, "addNote"}, {m_resolve, "resolve"}, {m_reopen, "reopen"},
        {m_extend, "extend"}, {m_save, "saveFilter"}, {m_download, "downloadAttachment"},
        {m_log, "logComplaint"}};
    for (const auto &[button, name] : named)
        button->setObjectName(QString::fromLatin1(name));

    // Each filter has a visible caption tied to it: a screen reader names a
    // combo box by its current item otherwise ("全部状态"), not by what it filters.
    auto *filters = new QHBoxLayout;
    const auto captioned = [&](QComboBox *box) {
        auto *caption = new QLabel(this);
        caption->setBuddy(box);
        m_filterCaptions.append(caption);
        filters->addWidget(caption);
        filters->addWidget(box);
    };
    for (QComboBox *box : {m_status, m_category, m_channel, m_assignee})
        captioned(box);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_log);
    captioned(m_saved);
    filters->addWidget(m_save);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_timeline, 1);
    auto *evidence = new QHBoxLayout;
    evidence->addWidget(m_attachments, 1);
    evidence->addWidget(m_download, 0, Qt::AlignTop);
    detailLayout->addLayout(evidence);
    auto *steps = new QGridLayout;
    const QList<QPushButton *> stepButtons {
        m_assign, m_escalate, m_note, m_resolve, m_reopen, m_extend};
    for (int i = 0; i < stepButtons.size(); ++i)
        steps->addWidget(stepButtons.at(i), i / 3, i % 3);
    detailLayout->addLayout(steps);
    detailLayout->addWidget(m_message);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setSizes({640, 460});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    for (QComboBox *box : {m_status, m_category, m_channel, m_assignee})
        connect(box, &QComboBox::activated, this, &ComplaintQueueView::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &ComplaintQueueView::reload);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString query = m_saved->itemData(index).toString();
        if (!query.isNull())
            setFilter(ComplaintFilter::fromQuery(query));
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        ReasonPrompt::ask(this, tr("Save filter"), tr("Name for this filter:"),
            [this](const QString &name) { saveFilter(name); });
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ComplaintQueueView::select);
    connect(m_model, &ComplaintListModel::fetchFailed, m_message, &QLabel::setText);
    connect(m_desk, &ComplaintDesk::detailReady, this,
        [this](const Complaint &c, const QList<ComplaintNote> &notes,
            const QList<ComplaintEvent> &events) {
            if (m_current && m_current->id == c.id)
                showDetail(c, notes, events);
        });
    connect(m_desk, &ComplaintDesk::attachmentsReady, this, &ComplaintQueueView::showAttachments);
    connect(m_desk, &ComplaintDesk::downloaded, this,
        [this](const ComplaintAttachment &a, const QString &path) {
            m_message->setText(tr("%1 saved as %2.").arg(a.fileName, path));
        });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this] { updateButtons(); });
    connect(m_download, &QPushButton::clicked, this, [this] {
        const int row = m_attachments->currentRow();
        if (row < 0 || row >= m_attachmentList.size())
            return;
        auto *dialog = new QFileDialog(this, tr("Save the evidence"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->selectFile(m_attachmentList.at(row).fileName);
        connect(dialog, &QFileDialog::fileSelected, this,
            [this, row](const QString &path) { downloadAttachment(row, path); });
        dialog->open();
    });
    connect(m_log, &QPushButton::clicked, this, [this] { openLogDialog(); });
    if (ChannelComplaints *channels = m_desk->channels()) {
        connect(channels, &ChannelComplaints::logged, this, [this](const QString &, qint64 id) {
            m_message->setText(tr("Complaint #%1 is logged.").arg(id));
            reload();
        });
        connect(channels, &ChannelComplaints::attached, this, [this](const ComplaintAttachment &a) {
            m_message->setText(
                tr("%1 is attached to complaint #%2.").arg(a.fileName).arg(a.complaintId));
            if (m_current && m_current->id == a.complaintId)
                m_desk->loadDetail(a.complaintId);
        });
        connect(channels, &ChannelComplaints::attachFailed, m_message,
            [this](const QString &, const QString &message) { m_message->setText(message); });
    }
    connect(agents, &AgentDirectory::agentsReady, this, [this](const QList<Agent> &agents) {
        m_agents = agents;
        m_model->setAgents(agents);
        fillFilterBoxes();
    });
    connect(m_desk, &ComplaintDesk::changed, this, [this](const Complaint &c) {
        m_message->setText(tr("Complaint #%1 saved.").arg(c.id));
        complaintChanged(c);
    });
    connect(m_desk, &ComplaintDesk::conflict, this, &ComplaintQueueView::onConflict);
    connect(m_desk, &ComplaintDesk::failed, m_message, &QLabel::setText);

    connect(m_assign, &QPushButton::clicked, this, [this] {
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Assign"));
        dialog->setLabelText(tr("Assign the complaint to:"));
        QStringList names;
        for (const Agent &a : std::as_const(m_agents))
            names << QStringLiteral("%1 (%2)").arg(a.displayName, a.username);
        dialog->setComboBoxItems(names);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, names](const QString &text) {
            const qsizetype i = names.indexOf(text);
            if (i >= 0)
                assignTo(m_agents.at(i).id);
        });
        dialog->open();
    });
    const auto withReason = [this](QPushButton *button, const QString &question,
                                void (ComplaintQueueView::*step)(const QString &)) {
        connect(button, &QPushButton::clicked, this, [this, button, question, step] {
            ReasonPrompt::ask(this, QString(button->text()).remove(QLatin1Char('&')), question,
                [this, step](const QString &text) { (this->*step)(text); });
        });
    };
    withReason(m_escalate, tr("Why escalate?"), &ComplaintQueueView::escalate);
    withReason(m_note, tr("The note (it cannot be edited later):"), &ComplaintQueueView::addNote);
    withReason(m_reopen, tr("Why reopen?"), &ComplaintQueueView::reopen);
    withReason(m_extend, tr("Why extend the deadline? (once only)"), &ComplaintQueueView::extend);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Resolve"));
        dialog->setLabelText(tr("Resolution:"));
        QStringList names;
        for (const CodedName &c : std::as_const(m_reference.resolutionCodes))
            names << (nameIn(c, m_language));
        dialog->setComboBoxItems(names);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, names](const QString &text) {
            const qsizetype i = names.indexOf(text);
            if (i < 0)
                return;
            const QString code = m_reference.resolutionCodes.at(i).code;
            ReasonPrompt::ask(this, tr("Resolve"), tr("What was done for the customer:"),
                [this, code](const QString &what) { resolve(code, what); });
        });
        dialog->open();
    });
    loadSavedFilters();
    retranslateUi();
    m_agents = agents->agents();
    m_model->setAgents(m_agents);
    reload();
}

ChannelComplaintDialog *ComplaintQueueView::openLogDialog()
{
    auto *dialog = new ChannelComplaintDialog(m_reference, m_language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (ChannelComplaints *channels = m_desk->channels()) {
        connect(dialog, &ChannelComplaintDialog::searchRequested, channels,
            &ChannelComplaints::findAccounts);
        connect(channels, &ChannelComplaints::accountsFound, dialog,
            [dialog](const QString &, const QList<AccountSummary> &found) {
                dialog->showAccounts(found);
            });
        connect(channels, &ChannelComplaints::searchFailed, dialog,
            &ChannelComplaintDialog::showProblem);
        connect(dialog, &ChannelComplaintDialog::submitted, this,
            [this, dialog, channels](const ComplaintDraft &draft, const QStringList &files) {
                QString error;
                if (channels->log(draft, files, &error).isEmpty()) {
                    dialog->showProblem(error);
                    return;
                }
                m_message->setText(tr("The complaint is queued; it shows here once the server "
                                      "has it, with its files."));
                dialog->accept();
            });
    }
    dialog->open();
    return dialog;
}

void ComplaintQueueView::downloadAttachment(int row, const QString &path)
{
    if (row >= 0 && row < m_attachmentList.size())
        m_desk->download(m_attachmentList.at(row), path);
}

void ComplaintQueueView::showAttachments(
    qint64 complaintId, const QList<ComplaintAttachment> &attachments)
{
    if (!m_current || m_current->id != complaintId)
        return;
    m_attachmentList = attachments;
    m_attachments->clear();
    for (const ComplaintAttachment &a : attachments)
        m_attachments->addItem(tr("%1 (%2 KiB) from %3, %4")
                                   .arg(a.fileName)
                                   .arg((a.sizeBytes + 1023) / 1024)
                                   .arg(a.uploadedByName, DisplayNames::time(a.uploadedAt)));
    if (!attachments.isEmpty())
        m_attachments->setCurrentRow(0);
    updateButtons();
}

void ComplaintQueueView::showSummary(const QString &text)
{
    m_summary->setText(text);
    // A screen reader reads the content, not a fixed caption: the name is
    // the first line (number, category, status, due), the description all.
    m_summary->setAccessibleName(text.section(QLatin1Char('\n'), 0, 0));
    m_summary->setAccessibleDescription(text);
    QAccessibleEvent event(m_summary, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void ComplaintQueueView::setReference(const ReferenceData &reference, Language language)
{
    m_reference = reference;
    m_language = language;
    m_model->setReference(reference, language);
    fillFilterBoxes();
}

ComplaintFilter ComplaintQueueView::filter() const
{
    ComplaintFilter f;
    f.status = enumFromString<ComplaintStatus>(m_status->currentData().toString());
    f.includeResolved = m_status->currentData().toString() == QLatin1String("all");
    f.category = m_category->currentData().toString();
    f.channel = m_channel->currentData().toString();
    if (const qint64 id = m_assignee->currentData().toLongLong(); id > 0)
        f.assignee = id;
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void ComplaintQueueView::setFilter(const ComplaintFilter &f)
{
    m_filling = true;
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusData(f))));
    m_category->setCurrentIndex(qMax(0, m_category->findData(f.category)));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(f.channel)));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(f.assignee.value_or(0))));
    m_overdue->setChecked(f.overdueOnly);
    m_filling = false;
    reload();
}

void ComplaintQueueView::saveFilter(const QString &name)
{
    QSettings settings;
    settings.beginGroup(savedGroup);
    settings.setValue(name, filter().toQuery());
    settings.endGroup();
    loadSavedFilters();
    m_saved->setCurrentIndex(m_saved->findText(name));
}

void ComplaintQueueView::loadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"), QString());
    QSettings settings;
    settings.beginGroup(savedGroup);
    for (const QString &name : settings.childKeys())
        m_saved->addItem(name, settings.value(name).toString());
    settings.endGroup();
}

void ComplaintQueueView::reload()
{
    if (m_filling)
        return;
    const ComplaintFilter f = filter();
    m_model->setAcceptor(
        [f](const Complaint &c) { return f.matches(c, QDateTime::currentDateTimeUtc()); });
    m_model->setFetcher(m_desk->fetcherFor(f));
    m_model->fetchMore({});
}

void ComplaintQueueView::select()
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_updatingRows)
        return; // e.g. it left the filtered list after a step: keep it in view
    m_current = m_model->at(rows.first().row());
    showSummary(describe(*m_current));
    m_attachmentList.clear();
    m_attachments->clear();
    m_desk->loadDetail(m_current->id);
    updateButtons();
}

QString ComplaintQueueView::describe(const Complaint &c) const
{
    QStringList lines;
    lines << tr("Complaint #%1: %2, %3, by %4; due %5 (%6).")
                 .arg(c.id)
                 .arg(m_reference.categoryName(c.draft.categoryCode, m_language),
                     DisplayNames::complaintStatus(c.status),
                     m_reference.channelName(c.draft.channel, m_language),
                     DisplayNames::time(c.dueAt),
                     ComplaintListModel::timeLeftText(c, QDateTime::currentDateTimeUtc()));
    lines << (c.assignee ? tr("Handled by %1.").arg(agentName(c.assignee))
                         : tr("Not assigned yet."));
    lines << (c.accountNumberMasked.isEmpty() ? tr("No account linked.")
                                              : tr("Account %1.").arg(c.accountNumberMasked));
    if (!c.draft.callbackNumber.isEmpty())
        lines << (c.draft.preferredContactTime.isEmpty()
                ? tr("Call back on %1.").arg(c.draft.callbackNumber)
                : tr("Call back on %1, %2.")
                      .arg(c.draft.callbackNumber, c.draft.preferredContactTime));
    else if (!c.draft.preferredContactTime.isEmpty())
        lines << tr("Preferred time: %1.").arg(c.draft.preferredContactTime);
    if (c.draft.smsOptOut)
        lines << tr("The customer wants no text messages.");
    if (!c.draft.callId.isEmpty() || !c.draft.transactionIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : c.draft.transactionIds)
            ids << QString::number(id);
        lines << tr("Call %1; transactions: %2.")
                     .arg(c.draft.callId.isEmpty() ? tr("none") : c.draft.callId,
                         ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", ")));
    }
    lines << tr("What happened: %1").arg(c.draft.description);
    if (!c.draft.customerRequest.isEmpty())
        lines << tr("The customer wants: %1").arg(c.draft.customerRequest);
    if (c.status == ComplaintStatus::Resolved)
        lines << tr("Resolved: %1 — %2")
                     .arg(m_reference.resolutionName(c.resolutionCode, m_language),
                         c.resolutionText);
    return lines.join(QLatin1Char('\n'));
}

void ComplaintQueueView::showDetail(
    const Complaint &c, const QList<ComplaintNote> &notes, const QList<ComplaintEvent> &events)
{
    if (m_current && c.version < m_current->version)
        return; // an answer older than what is on screen
    m_current = c;
    showSummary(describe(c));
    // Events and notes in one timeline, oldest first.
    QList<QPair<QDateTime, QString>> lines;
    for (const ComplaintEvent &e : events)
        lines.append({e.at, eventSentence(e)});
    // Complaints imported without a history still show when they began.
    if (std::none_of(events.cbegin(), events.cend(),
            [](const ComplaintEvent &e) { return e.kind == QLatin1String("created"); }))
        lines.append(
            {c.createdAt, tr("%1 the complaint was logged").arg(DisplayNames::time(c.createdAt))});
    for (const ComplaintNote &n : notes)
        lines.append({n.createdAt,
            tr("%1 %2 wrote a note: %3")
                .arg(DisplayNames::time(n.createdAt), n.authorName, n.body)});
    std::stable_sort(
        lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_timeline->clear();
    for (const auto &line : std::as_const(lines))
        m_timeline->addItem(line.second);
    updateButtons();
}

void ComplaintQueueView::complaintChanged(const Complaint &complaint)
{
    if (m_current && m_current->id == complaint.id && complaint.version >= m_current->version) {
        m_current = complaint;
        showSummary(describe(complaint));
        updateButtons();
        m_desk->loadDetail(complaint.id);
    }
    // A complaint leaving the filtered list must not move the detail to
    // its neighbour: the next step would land on the wrong complaint.
    m_updatingRows = true;
    m_model->upsert(complaint);
    m_updatingRows = false;
}

void ComplaintQueueView::assignTo(qint64 agentId)
{
    if (m_current)
        m_desk->assign(*m_current, agentId);
}

void ComplaintQueueView::escalate(const QString &reason)
{
    if (m_current)
        m_desk->escalate(*m_current, reason);
}

void ComplaintQueueView::addNote(const QString &body)
{
    if (m_current)
        m_desk->addNote(m_current->id, body);
}

void ComplaintQueueView::resolve(const QString &resolutionCode, const QString &text)
{
    if (m_current)
        m_desk->resolve(*m_current, resolutionCode, text);
}

void ComplaintQueueView::reopen(const QString &reason)
{
    if (m_current)
        m_desk->reopen(*m_current, reason);
}

void ComplaintQueueView::extend(const QString &reason)
{
    if (m_current)
        m_desk->extend(*m_current, reason);
}

void ComplaintQueueView::onConflict(
    const ComplaintStep &step, const Complaint &seen, const Complaint &theirs)
{
    complaintChanged(theirs);
    const QString text = tr("Someone else changed complaint #%1 while you were looking at it.\n\n"
                            "Their version now:\n%2\n\nWhat you saw:\n%3\n\n"
                            "Apply your change (%4) to their version, or keep theirs?")
                             .arg(theirs.id)
                             .arg(describe(theirs), describe(seen), step.name());
    Q_EMIT conflictShown(text);
    const auto apply = [this, step, theirs](bool mine) {
        if (mine)
            m_desk->apply(theirs, step);
        else
            m_message->setText(tr("Kept their version of complaint #%1; your change was not sent.")
                                   .arg(theirs.id));
    };
    if (m_conflictAnswer) {
        apply(*m_conflictAnswer);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Changed by someone else"), text, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *mine
        = box->addButton(tr("Apply my change to their version"), QMessageBox::AcceptRole);
    box->addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this,
        [apply, mine](QAbstractButton *clicked) { apply(clicked == mine); });
    box->open();
}

void ComplaintQueueView::updateButtons()
{
    const bool have = m_current.has_value();
    const bool resolved = have && m_current->status == ComplaintStatus::Resolved;
    const QString none = have ? QString() : tr("Select a complaint first.");
    const auto set = [](QPushButton *b, bool on, const QString &why) {
        b->setEnabled(on);
        b->setToolTip(on ? QString() : why);
    };
    set(m_assign, have && !resolved,
        have ? tr("The complaint is resolved; reopen it first.") : none);
    set(m_escalate, have && !resolved && !m_current->escalated,
        have ? (
            resolved ? tr("The complaint is resolved; reopen it first.") : tr("Already escalated."))
             : none);
    set(m_note, have, none);
    set(m_download, have && m_attachments->currentRow() >= 0,
        have ? tr("The complaint has no files.") : none);
    set(m_resolve, have && !resolved, have ? tr("Already resolved.") : none);
    set(m_reopen, resolved, have ? tr("Only a resolved complaint can be reopened.") : none);
    set(m_extend, have && !resolved && m_current->extensionReason.isEmpty(),
        have ? tr("The deadline can be extended once, and not after resolving.") : none);
}

void ComplaintQueueView::fillFilterBoxes()
{
    const ComplaintFilter keep = filter();
    m_filling = true;
    m_status->clear();
    m_status->addItem(tr("Open complaints"), QString());
    for (ComplaintStatus s : {ComplaintStatus::Open, ComplaintStatus::InProgress,
             ComplaintStatus::Escalated, ComplaintStatus::Resolved})
        m_status->addItem(DisplayNames::complaintStatus(s), enumToString(s));
    m_status->addItem(tr("All, resolved ones too"), QStringLiteral("all"));
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const Category &c : std::as_const(m_reference.categories)) {
        if (!c.parentCode.isEmpty())
            m_category->addItem(nameIn(c, m_language), c.code);
    }
    m_channel->clear();
    m_channel->addItem(tr("All channels"), QString());
    for (const CodedName &c : std::as_const(m_reference.channels))
        m_channel->addItem(nameIn(c, m_language), c.code);
    m_assignee->clear();
    m_assignee->addItem(tr("All agents"), qint64(0));
    for (const Agent &a : std::as_const(m_agents))
        m_assignee->addItem(a.displayName, a.id);
    m_filling = false;
    m_status->setCurrentIndex(qMax(0, m_status->findData(statusData(keep))));
    m_category->setCurrentIndex(qMax(0, m_category->findData(keep.category)));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(keep.channel)));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(keep.assignee.value_or(0))));
}

void ComplaintQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ComplaintQueueView::retranslateUi()
{
    fillFilterBoxes();
    m_overdue->setText(tr("&Overdue only"));
    m_save->setText(tr("Save filter…"));
    m_assign->setText(tr("&Assign…"));
    m_escalate->setText(tr("&Escalate…"));
    m_note->setText(tr("Add &note…"));
    m_resolve->setText(tr("&Resolve…"));
    m_reopen->setText(tr("Reo&pen…"));
    m_extend->setText(tr("E&xtend deadline…"));
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAccessibleName(
            QString(b->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    const QStringList captions {
        tr("Status"), tr("Category"), tr("Channel"), tr("Handled by"), tr("Saved filters")};
    for (qsizetype i = 0; i < m_filterCaptions.size() && i < captions.size(); ++i)
        m_filterCaptions.at(i)->setText(captions.at(i));
    m_status->setAccessibleName(tr("Filter by status"));
    m_category->setAccessibleName(tr("Filter by category"));
    m_channel->setAccessibleName(tr("Filter by channel"));
    m_assignee->setAccessibleName(tr("Filter by agent"));
    m_overdue->setAccessibleName(tr("Overdue only"));
    m_saved->setAccessibleName(tr("Saved filters"));
    m_view->setAccessibleName(tr("Complaint queue, earliest deadline first"));
    m_timeline->setAccessibleName(tr("Timeline of the complaint"));
    m_attachments->setAccessibleName(tr("Evidence files of the complaint"));
    m_download->setText(tr("&Download…"));
    m_download->setAccessibleName(tr("Download"));
    m_log->setText(tr("&Log complaint…"));
    m_log->setAccessibleName(tr("Log a complaint from another channel"));
    if (!m_current)
        showSummary(tr("Select a complaint to see its timeline."));
    else
        showSummary(describe(*m_current));
    updateButtons();
}

} // namespace WalletDesk
