// The supervisor's desk against the real server, offscreen: a 2FA reset an
// agent asked for on a call shows in the approval queue with the agent's
// reason and the verification; the supervisor approves (or rejects) with a
// reason, and the decision reaches the agent's console through its changes
// feed. An agent's console has no desk, and the server answers it 403. The
// audit log exports page by page, and a cancelled export leaves no file.
#include "ApprovalQueue.h"
#include "AuditLogModel.h"
#include "AuditView.h"
#include "CallerActions.h"
#include "ChannelComplaintDialog.h"
#include "ComplaintListModel.h"
#include "ComplaintQueueView.h"
#include "ComplaintReport.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "DisplayNames.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "PagedCsvExport.h"
#include "ReasonPrompt.h"
#include "RecordCache.h"
#include "RecordTableModel.h"
#include "SupervisorDesk.h"
#include "SyncEngine.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TestServer.h"
#include "TwoFactorRequest.h"

#include <QAbstractBarSeries>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

class TestSupervisorDesk : public QObject
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_agent;
    ConsoleHarness m_supervisor;
    LanguageSwitch m_language;
    QTemporaryDir m_settingsDir;

    static int rowOf(QTableView *view, qint64 id)
    {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(RecordTableModel::IdRole).toLongLong() == id)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start());
        QVERIFY(m_agent.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_agent.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo")));
        m_agent.core->sync()->setPullInterval(300);
        QVERIFY(m_supervisor.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_supervisor.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo")));
        m_supervisor.core->sync()->setPullInterval(300);
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.core->recordCache()->reference().has_value(), 15000);
        // Saved filters go to a settings file of this test, not the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("walletdesk-test"));
    }

    void approveReachesTheAgent()
    {
        const ActionRequest asked = requestTwoFactorReset(m_agent.core.get(), m_server,
            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("客户换了手机"));
        QVERIFY(asked.id > 0);
        QCOMPARE(asked.status, ActionStatus::PendingApproval);
        QSignalSpy agentSees(m_agent.core->sync(), &SyncEngine::actionChanged);

        MainWindow window(m_supervisor.core.get(), &m_language);
        window.show();
        auto *open = window.findChild<QAction *>(QStringLiteral("openSupervisorDesk"));
        QVERIFY(open);
        open->trigger();
        SupervisorDesk *desk = window.supervisorDesk();
        QVERIFY(desk && desk->isVisible());
        auto *view = desk->findChild<QTableView *>(QStringLiteral("approvals"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) >= 0, 10000);
        const int row = rowOf(view, asked.id);
        // What the supervisor decides on: the agent, the reason, the verification.
        QCOMPARE(view->model()->index(row, 4).data().toString(), QStringLiteral("客户换了手机"));
        QVERIFY2(view->model()->index(row, 3).data().toString().contains(
                     QStringLiteral("张*")), // whose account, masked
            qPrintable(view->model()->index(row, 3).data().toString()));
        QVERIFY(
            view->model()->index(row, 5).data().toString().contains(QStringLiteral("138****8000")));
        QVERIFY(!view->model()->index(row, 1).data().toString().isEmpty());
        view->selectRow(row);
        ReasonPrompt::setNextAnswer(QStringLiteral("已回拨核实"));
        desk->findChild<QPushButton *>(QStringLiteral("approve"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) < 0, 10000);
        QVERIFY(desk->findChild<QLabel *>(QStringLiteral("approvalsStatus"))
                    ->text()
                    .contains(QStringLiteral("已批准")));

        // The agent's console learns it from its changes feed.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(agentSees.cbegin(), agentSees.cend(),
                                     [&](const QList<QVariant> &args) {
                                         const auto a = args.at(0).value<ActionRequest>();
                                         return a.id == asked.id
                                             && a.status == ActionStatus::Approved
                                             && a.decisionReason == QStringLiteral("已回拨核实");
                                     }),
            15000);

        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/actions/%1").arg(asked.id))
                     .json.value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("approved"));
        const auto audit
            = api.get(QStringLiteral("/api/v1/audit?action=approval.approve&accountId=1"));
        QCOMPARE(audit.items().first().toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("已回拨核实"));
    }

    void rejectWithReason()
    {
        const ActionRequest asked = requestTwoFactorReset(m_agent.core.get(), m_server,
            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("来电人说不清原因"));
        QVERIFY(asked.id > 0);
        QSignalSpy agentSees(m_agent.core->sync(), &SyncEngine::actionChanged);
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        auto *view = window.supervisorDesk()->findChild<QTableView *>(QStringLiteral("approvals"));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, asked.id) >= 0, 10000);
        view->selectRow(rowOf(view, asked.id));
        ReasonPrompt::setNextAnswer(QStringLiteral("核实不充分"));
        window.supervisorDesk()->findChild<QPushButton *>(QStringLiteral("reject"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(agentSees.cbegin(), agentSees.cend(),
                                     [&](const QList<QVariant> &args) {
                                         const auto a = args.at(0).value<ActionRequest>();
                                         return a.id == asked.id
                                             && a.status == ActionStatus::Rejected
                                             && a.decisionReason == QStringLiteral("核实不充分");
                                     }),
            15000);
    }

    void assignNoteResolve()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        ComplaintQueueView *queue = window.supervisorDesk()->complaintQueue();
        auto *view = queue->findChild<QTableView *>(QStringLiteral("complaintQueue"));
        // Only open ones, earliest deadline first, as the server has them.
        ComplaintFilter open;
        open.status = ComplaintStatus::Open;
        queue->setFilter(open);
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() > 0, 10000);
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        const QJsonArray serverOpen
            = api.get(QStringLiteral("/api/v1/complaints?status=open&sort=due&limit=200")).items();
        QTRY_COMPARE_WITH_TIMEOUT(queue->model()->rowCount(), int(serverOpen.size()), 10000);
        for (int r = 0; r < queue->model()->rowCount(); ++r) {
            QCOMPARE(queue->model()->at(r).id,
                serverOpen.at(r).toObject().value(QStringLiteral("id")).toInteger());
            if (r > 0)
                QVERIFY(queue->model()->at(r - 1).dueAt <= queue->model()->at(r).dueAt);
        }

        view->selectRow(0);
        const qint64 id = queue->model()->at(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(queue->current() && queue->current()->id == id, 5000);
        const qint64 agent02 = 2;
        queue->assignTo(agent02);
        QTRY_VERIFY2_WITH_TIMEOUT(queue->current() && queue->current()->assignee == agent02,
            qPrintable(queue->findChild<QLabel *>(QStringLiteral("complaintMessage"))->text()),
            10000);
        // No longer open: it leaves this filtered list.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < queue->model()->rowCount(); ++r) {
                    if (queue->model()->at(r).id == id)
                        return false;
                }
                return true;
            }(),
            10000);
        QCOMPARE(queue->current()->id, id); // the detail stays on the complaint acted on
        queue->addNote(QStringLiteral("已联系商户核实"));
        auto *timeline = queue->findChild<QListWidget *>(QStringLiteral("complaintTimeline"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !timeline->findItems(QStringLiteral("已联系商户核实"), Qt::MatchContains).isEmpty(),
            10000);
        const QString code
            = m_supervisor.core->recordCache()->reference()->value.resolutionCodes.first().code;
        queue->resolve(code, QStringLiteral("已退款 259 元"));
        QTRY_VERIFY_WITH_TIMEOUT(
            queue->current() && queue->current()->status == ComplaintStatus::Resolved, 10000);

        const QJsonObject onServer = api.get(QStringLiteral("/api/v1/complaints/%1").arg(id)).json;
        QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(onServer.value(QStringLiteral("assignee")).toInteger(), agent02);
        QCOMPARE(onServer.value(QStringLiteral("resolutionCode")).toString(), code);
        QCOMPARE(onServer.value(QStringLiteral("resolutionText")).toString(),
            QStringLiteral("已退款 259 元"));
        const QJsonArray notes
            = api.get(QStringLiteral("/api/v1/complaints/%1/notes").arg(id)).items();
        QCOMPARE(notes.last().toObject().value(QStringLiteral("body")).toString(),
            QStringLiteral("已联系商户核实"));
        QStringList kinds;
        for (const auto &e :
            api.get(QStringLiteral("/api/v1/complaints/%1/events").arg(id)).items())
            kinds << e.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("assign")) && kinds.contains(QStringLiteral("note"))
                && kinds.contains(QStringLiteral("resolve")),
            qPrintable(kinds.join(QLatin1Char(','))));
    }

    void twoSupervisorsChangeOneComplaint()
    {
        ConsoleHarness second;
        QVERIFY(second.create(m_server.port(), m_server.caFile()));
        QVERIFY(second.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo")));
        MainWindow first(m_supervisor.core.get(), &m_language);
        MainWindow other(second.core.get(), &m_language);
        first.openSupervisorDesk();
        other.openSupervisorDesk();
        ComplaintQueueView *a = first.supervisorDesk()->complaintQueue();
        ComplaintQueueView *b = other.supervisorDesk()->complaintQueue();
        ComplaintFilter open;
        open.status = ComplaintStatus::Open;
        a->setFilter(open);
        b->setFilter(open);
        QTRY_VERIFY_WITH_TIMEOUT(a->model()->rowCount() > 1 && b->model()->rowCount() > 1, 10000);
        const qint64 id = a->model()->at(0).id;
        QCOMPARE(b->model()->at(0).id, id);
        a->findChild<QTableView *>(QStringLiteral("complaintQueue"))->selectRow(0);
        b->findChild<QTableView *>(QStringLiteral("complaintQueue"))->selectRow(0);
        QTRY_VERIFY(a->current() && b->current());
        const qint64 seenVersion = a->current()->version;

        // This console does not hear of the other's change before acting (its
        // changes feed would otherwise bring the new version in time).
        m_supervisor.core->sync()->stop();
        // The other supervisor escalates first; this one, still on the old version, assigns.
        b->escalate(QStringLiteral("客户第三次来电"));
        QTRY_VERIFY_WITH_TIMEOUT(b->current() && b->current()->escalated, 10000);
        QSignalSpy shown(a, &ComplaintQueueView::conflictShown);
        a->setConflictAnswer(false); // keep theirs
        a->assignTo(3);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        const QString text = shown.first().at(0).toString();
        // Their version reads as what changed (escalated), not as a version number.
        QVERIFY2(text.contains(DisplayNames::complaintStatus(ComplaintStatus::Escalated)),
            qPrintable(text));
        Q_UNUSED(seenVersion);
        QVERIFY(text.contains(QStringLiteral("#%1").arg(id)));
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
        QJsonObject onServer = api.get(QStringLiteral("/api/v1/complaints/%1").arg(id)).json;
        QVERIFY(
            onServer.value(QStringLiteral("assignee")).isNull()); // nothing silently overwritten
        QCOMPARE(onServer.value(QStringLiteral("status")).toString(), QStringLiteral("escalated"));

        // Again, choosing to apply the change on top of their version.
        shown.clear();
        a->setConflictAnswer(true);
        b->addNote(QStringLiteral("另一位组长的备注"));
        b->extend(QStringLiteral("需要银行回函"));
        QTRY_VERIFY_WITH_TIMEOUT(b->current() && !b->current()->extensionReason.isEmpty(), 10000);
        a->assignTo(3); // a still holds the version before the extension
        QTRY_VERIFY_WITH_TIMEOUT(api.get(QStringLiteral("/api/v1/complaints/%1").arg(id))
                                     .json.value(QStringLiteral("assignee"))
                                     .toInteger()
                == 3,
            10000);
        onServer = api.get(QStringLiteral("/api/v1/complaints/%1").arg(id)).json;
        QCOMPARE(onServer.value(QStringLiteral("extensionReason")).toString(),
            QStringLiteral("需要银行回函")); // theirs kept too
        QCOMPARE(shown.count(), 1);
        m_supervisor.core->sync()->start();
    }

    // A WeChat complaint with a photo, logged by the supervisor without a
    // call: it reaches the queue (which shows open complaints only) in
    // words, with its file on the timeline; acknowledging it texts the
    // customer, which the timeline says too.
    void wechatComplaintWithEvidence()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        ComplaintQueueView *queue = window.supervisorDesk()->complaintQueue();
        QCOMPARE(queue->filter(), ComplaintFilter {});
        QVERIFY(!queue->filter().includeResolved);
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() > 0, 10000);
        for (int r = 0; r < queue->model()->rowCount(); ++r)
            QVERIFY(queue->model()->at(r).status != ComplaintStatus::Resolved);

        QTemporaryDir files;
        const QString photo = files.filePath(QStringLiteral("微信截图.png"));
        const QByteArray png
            = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z"
                                     "8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        {
            QFile f(photo);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(png);
        }
        ChannelComplaintDialog *dialog = queue->openLogDialog();
        auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("channel"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("wechat")));
        QVERIFY(channel->currentIndex() >= 0);
        dialog->findChild<QLineEdit *>(QStringLiteral("accountSearch"))
            ->setText(QStringLiteral("13800138000"));
        dialog->findChild<QPushButton *>(QStringLiteral("findAccount"))->click();
        auto *account = dialog->findChild<QComboBox *>(QStringLiteral("account"));
        QTRY_VERIFY_WITH_TIMEOUT(account->count() > 1, 10000);
        dialog->findChild<QLineEdit *>(QStringLiteral("callbackNumber"))
            ->setText(QStringLiteral("139 0000 9999"));
        dialog->findChild<QLineEdit *>(QStringLiteral("preferredTime"))
            ->setText(QStringLiteral("工作日 9–18 点"));
        const QString what = QStringLiteral("微信留言：充值未到账（%1）")
                                 .arg(QDateTime::currentMSecsSinceEpoch() % 100000);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(what);
        dialog->addFile(photo);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        // WeChat complaints only: the new one is due last, beyond the first page of all.
        ComplaintFilter wechat;
        wechat.channel = QStringLiteral("wechat");
        queue->setFilter(wechat);

        int row = -1;
        (void)QTest::qWaitFor(
            [&] {
                for (int r = 0; r < queue->model()->rowCount(); ++r) {
                    if (queue->model()->at(r).draft.description == what)
                        row = r;
                }
                return row >= 0;
            },
            20000);
        QVERIFY2(row >= 0,
            qPrintable(queue->findChild<QLabel *>(QStringLiteral("complaintMessage"))->text()));
        const auto cell
            = [&](int column) { return queue->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(ComplaintListModel::ChannelColumn), QStringLiteral("微信"));
        QVERIFY2(cell(ComplaintListModel::AccountColumn).contains(QStringLiteral("…")),
            qPrintable(cell(ComplaintListModel::AccountColumn)));
        QVERIFY(!cell(ComplaintListModel::AccountColumn).contains(QStringLiteral("账户 ")));
        QCOMPARE(cell(ComplaintListModel::AssigneeColumn), QStringLiteral("未分派"));
        QVERIFY2(cell(ComplaintListModel::TimeLeftColumn).startsWith(QStringLiteral("剩 ")),
            qPrintable(cell(ComplaintListModel::TimeLeftColumn)));
        QVERIFY(!cell(ComplaintListModel::CreatedColumn).isEmpty());

        queue->findChild<QTableView *>(QStringLiteral("complaintQueue"))->selectRow(row);
        const qint64 id = queue->model()->at(row).id;
        auto *timeline = queue->findChild<QListWidget *>(QStringLiteral("complaintTimeline"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !timeline->findItems(QStringLiteral("附加了文件 微信截图.png"), Qt::MatchContains)
                 .isEmpty(),
            20000);
        // The detail as a screen reader gets it: the facts, not a caption.
        auto *summary = queue->findChild<QLabel *>(QStringLiteral("complaintSummary"));
        QAccessibleInterface *read = QAccessible::queryAccessibleInterface(summary);
        const QString heard = read->text(QAccessible::Name) + QLatin1Char('\n')
            + read->text(QAccessible::Description);
        QVERIFY2(heard.contains(what), qPrintable(heard));
        QVERIFY2(heard.contains(QStringLiteral("尚未分派")), qPrintable(heard));
        QVERIFY2(heard.contains(queue->model()->at(row).accountNumberMasked), qPrintable(heard));
        QVERIFY2(heard.contains(QStringLiteral("13900009999")), qPrintable(heard));
        QVERIFY(!heard.contains(QStringLiteral("版本")));
        QVERIFY(summary->focusPolicy() & Qt::TabFocus);

        // The supervisor saves the evidence: the same bytes.
        auto *attachments = queue->findChild<QListWidget *>(QStringLiteral("complaintAttachments"));
        QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 1, 10000);
        const QString saved = files.filePath(QStringLiteral("saved.png"));
        queue->downloadAttachment(0, saved);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(saved), 10000);
        QFile back(saved);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), png);

        // Assigning acknowledges it: the customer is texted, in the timeline's words.
        queue->assignTo(2);
        QTRY_VERIFY_WITH_TIMEOUT(
            !timeline->findItems(QStringLiteral("受理短信已发送至 139****9999"), Qt::MatchContains)
                 .isEmpty(),
            20000);
        QVERIFY(!timeline->findItems(QStringLiteral("把投诉分派给"), Qt::MatchContains).isEmpty());
        QVERIFY(m_server.lastSmsCode(QStringLiteral("13900009999")).isEmpty()); // no code, a notice
        const auto smsLog = [&] {
            QFile sms(m_server.smsLogFile());
            return sms.open(QIODevice::ReadOnly) ? QString::fromUtf8(sms.readAll()) : QString();
        };
        QVERIFY(smsLog().contains(QStringLiteral("编号 %1").arg(id)));

        // Resolving it sends the resolution text, to the same number.
        const QString code
            = m_supervisor.core->recordCache()->reference()->value.resolutionCodes.first().code;
        queue->resolve(code, QStringLiteral("已核实到账，已回复客户"));
        QTRY_VERIFY_WITH_TIMEOUT(
            smsLog().contains(QStringLiteral("您的投诉（编号 %1）已办结").arg(id)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !timeline->findItems(QStringLiteral("办结短信已发送至 139****9999"), Qt::MatchContains)
                 .isEmpty(),
            20000);
    }

    void savedFilterComesBack()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        ComplaintQueueView *queue = window.supervisorDesk()->complaintQueue();
        ComplaintFilter overdue;
        overdue.overdueOnly = true;
        overdue.channel = QStringLiteral("hotline");
        queue->setFilter(overdue);
        queue->saveFilter(QStringLiteral("热线逾期"));
        queue->setFilter({});
        QCOMPARE(queue->filter(), ComplaintFilter {});
        auto *saved = queue->findChild<QComboBox *>(QStringLiteral("savedFilters"));
        const int index = saved->findText(QStringLiteral("热线逾期"));
        QVERIFY(index > 0);
        saved->setCurrentIndex(index);
        Q_EMIT saved->activated(index);
        QCOMPARE(queue->filter(), overdue);
        QTRY_VERIFY_WITH_TIMEOUT(!queue->model()->isLoading(), 10000);
        for (int r = 0; r < queue->model()->rowCount(); ++r) {
            QCOMPARE(queue->model()->at(r).draft.channel, QStringLiteral("hotline"));
            QCOMPARE(ComplaintListModel::dueState(
                         queue->model()->at(r), QDateTime::currentDateTimeUtc()),
                ComplaintListModel::DueState::Overdue);
        }
    }

    void dashboardShowsTheServersFigures()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        DashboardView *dashboard = window.supervisorDesk()->dashboard();
        QSignalSpy shown(dashboard, &DashboardView::periodShown);
        const QDate to = QDate::currentDate().addDays(1);
        const QDate from = to.addDays(-400);
        dashboard->showPeriod(from, to);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);

        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        const auto response
            = api.get(QStringLiteral("/api/v1/reports/complaints?from=%1&to=%2")
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        QCOMPARE(response.status, 200);
        CodecError error;
        const auto server = decode<ComplaintReport>(response.json, &error);
        QVERIFY2(server, qPrintable(error.toString()));
        QVERIFY(server->total > 5); // generated data, not an empty period
        QCOMPARE(*dashboard->periodReport(), *server);

        // What is on screen adds up to the server's figures.
        const QString figures
            = dashboard->findChild<QLabel *>(QStringLiteral("dashboardFigures"))->text();
        QVERIFY2(figures.contains(QString::number(server->total)), qPrintable(figures));
        auto *byCategory = dashboard->findChild<QChartView *>(QStringLiteral("chartByCategory"));
        auto *bars = qobject_cast<QAbstractBarSeries *>(byCategory->chart()->series().first());
        QCOMPARE(int(bars->barSets().first()->sum()), server->total);
        auto *byStatus = dashboard->findChild<QChartView *>(QStringLiteral("chartByStatus"));
        QCOMPARE(int(qobject_cast<QPieSeries *>(byStatus->chart()->series().first())->sum()),
            server->total);
        auto *perAgent = dashboard->findChild<QChartView *>(QStringLiteral("chartPerAgent"));
        QCOMPARE(int(qobject_cast<QAbstractBarSeries *>(perAgent->chart()->series().first())
                         ->barSets()
                         .first()
                         ->sum()),
            server->total);
        int perDay = 0;
        for (const QPointF &p : qobject_cast<QLineSeries *>(
                 dashboard->findChild<QChartView *>(QStringLiteral("chartTrend"))
                     ->chart()
                     ->series()
                     .first())
                                    ->points())
            perDay += int(p.y());
        QCOMPARE(perDay, server->total);

        // The CSV says the same.
        QTemporaryDir dir;
        QString why;
        QVERIFY2(dashboard->exportFigures(dir.filePath(QStringLiteral("figures.csv")), &why),
            qPrintable(why));
        QFile file(dir.filePath(QStringLiteral("figures.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.contains(QStringLiteral("投诉,,%1").arg(server->total)));
        QVERIFY(lines.contains(QStringLiteral("已解决,,%1").arg(server->resolved)));

        // The yearly disclosure table.
        QSignalSpy yearShown(dashboard, &DashboardView::yearShown);
        const int year = QDate::currentDate().year();
        dashboard->showYear(year);
        QTRY_COMPARE_WITH_TIMEOUT(yearShown.count(), 1, 10000);
        const auto yearly = decode<ComplaintReport>(
            api.get(
                   QStringLiteral("/api/v1/reports/complaints?from=%1-01-01&to=%1-12-31").arg(year))
                .json,
            &error);
        QVERIFY(yearly);
        auto *table
            = dashboard->findChild<QTableView *>(QStringLiteral("disclosureTable"))->model();
        QCOMPARE(table->index(0, 1).data().toInt(), yearly->total);
        QCOMPARE(table->index(1, 1).data().toInt(), yearly->resolved);
        QCOMPARE(table->index(2, 1).data().toInt(), yearly->resolvedWithin1WorkingDay);
        QCOMPARE(table->rowCount(), 5 + int(yearly->byCategory.size()));
        QVERIFY2(dashboard->exportDisclosure(dir.filePath(QStringLiteral("year.csv")), &why),
            qPrintable(why));
    }

    void auditLogFilteredAndExported()
    {
        // An agent opens account 1 often enough to fill more than one page.
        ApiCaller agent(m_server.baseUrl(), m_server.caCertificates());
        agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        for (int i = 0; i < 230; ++i)
            QCOMPARE(agent.get(QStringLiteral("/api/v1/accounts/1")).status, 200);
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        AuditView *audit = window.supervisorDesk()->audit();
        AuditFilter filter;
        filter.accountId = 1;
        filter.action = QStringLiteral("account");
        audit->setFilter(filter);
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        int onServer = 0;
        QString cursor;
        do {
            const auto page
                = api.get(QStringLiteral("/api/v1/audit?accountId=1&action=account&limit=500")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            onServer += int(page.items().size());
            cursor = page.json.value(QStringLiteral("nextCursor")).toString();
        } while (!cursor.isEmpty());
        QVERIFY(onServer >= 230);
        // Scrolling loads the rest (pages of 200).
        auto *view = audit->findChild<QTableView *>(QStringLiteral("auditLog"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !audit->model()->isLoading() && audit->model()->rowCount() > 0, 10000);
        while (audit->model()->canFetchMore({})) {
            view->scrollToBottom();
            audit->model()->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!audit->model()->isLoading(), 10000);
        }
        QCOMPARE(audit->model()->rowCount(), onServer);
        for (int r = 0; r < audit->model()->rowCount(); ++r) {
            QVERIFY(audit->model()->at(r).action.startsWith(QStringLiteral("account.")));
            QCOMPARE(audit->model()->at(r).accountId.value_or(0), qint64(1));
            if (r > 0)
                QVERIFY(audit->model()->at(r - 1).at >= audit->model()->at(r).at);
        }

        QTemporaryDir dir;
        QSignalSpy done(audit, &AuditView::exportFinished);
        audit->exportTo(dir.filePath(QStringLiteral("audit.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QCOMPARE(done.first().at(1).toInt(), onServer);
        QFile file(dir.filePath(QStringLiteral("audit.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll())
                     .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)
                     .size(),
            onServer + 1);
    }

    void auditExportWritesEveryPageAndCancels()
    {
        // More entries than one export page (500) holds.
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo"));
        const auto countOnServer = [&api] {
            int n = 0;
            QString cursor;
            do {
                const auto page = api.get(
                    QStringLiteral("/api/v1/audit?accountId=1&action=account.view&limit=500")
                    + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
                n += int(page.items().size());
                cursor = page.json.value(QStringLiteral("nextCursor")).toString();
            } while (!cursor.isEmpty());
            return n;
        };
        ApiCaller agent(m_server.baseUrl(), m_server.caCertificates());
        agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        for (int i = countOnServer(); i <= 520; ++i)
            QCOMPARE(agent.get(QStringLiteral("/api/v1/accounts/1")).status, 200);
        const int onServer = countOnServer();
        QVERIFY(onServer > 520);

        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"))
            ->setCurrentWidget(desk->audit());
        AuditView *audit = desk->audit();
        AuditFilter filter;
        filter.accountId = 1;
        filter.action = QStringLiteral("account.view");
        audit->setFilter(filter);
        auto *progressBar = audit->findChild<QWidget *>(QStringLiteral("auditExportProgress"));
        auto *cancel = audit->findChild<QPushButton *>(QStringLiteral("auditCancelExport"));
        QVERIFY(progressBar && cancel);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));

        // Every page, with its progress in view.
        QSignalSpy done(audit, &AuditView::exportFinished);
        audit->exportTo(path);
        auto *job = audit->findChild<PagedCsvExport *>();
        QVERIFY(job);
        QSignalSpy progress(job, &PagedCsvExport::progress);
        QVERIFY(progressBar->isVisible());
        QVERIFY(cancel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(2).toString()));
        QCOMPARE(done.first().at(1).toInt(), onServer);
        QVERIFY(progress.count() >= 2); // page by page
        QVERIFY(progressBar->isHidden());
        QVERIFY(cancel->isHidden());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines
            = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), onServer + 1);
        QCOMPARE(lines.first().section(QLatin1Char(','), 0, 0),
            audit->model()->headerData(0, Qt::Horizontal).toString());

        // Cancelled after its first page: the file there before stays as it was.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        done.clear();
        audit->exportTo(path);
        job = audit->findChild<PagedCsvExport *>();
        QVERIFY(job);
        connect(job, &PagedCsvExport::progress, cancel, &QPushButton::click);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY(!done.first().at(0).toBool());
        QVERIFY(done.first().at(1).toInt() > 0);
        QVERIFY(cancel->isHidden());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents"));
        file.close();

        // Cancelled before any page: no file at all.
        done.clear();
        audit->exportTo(dir.filePath(QStringLiteral("none.csv")));
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QVERIFY(!done.first().at(0).toBool());
        QTRY_VERIFY(!audit->isExporting());
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("audit.csv")});
    }

    void everyControlOfTheDeskHasAName()
    {
        MainWindow window(m_supervisor.core.get(), &m_language);
        window.openSupervisorDesk();
        SupervisorDesk *desk = window.supervisorDesk();
        auto *tabs = desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"));
        QStringList unnamed;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QVERIFY(tabs->widget(t)->isVisibleTo(desk)); // shown at once: nothing to wait for
            for (QWidget *w : desk->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(desk) || !(w->focusPolicy() & Qt::TabFocus))
                    continue;
                if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                    || qobject_cast<QComboBox *>(w->parentWidget()))
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 %2 in %3")
                                   .arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName(),
                                       w->parentWidget() ? QString::fromLatin1(
                                           w->parentWidget()->metaObject()->className())
                                                         : QString());
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void deskAppearsOnceASupervisorSignsIn()
    {
        // As the console starts: the window first, then the sign-in; the
        // window must not reach for a cache that is not open yet.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("SQL failed|database not open")));
        ConsoleHarness later;
        QVERIFY(later.create(m_server.port(), m_server.caFile()));
        MainWindow window(later.core.get(), &m_language);
        window.show();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("openSupervisorDesk")));
        QVERIFY(later.signIn(QStringLiteral("super02"), QStringLiteral("super02-demo")));
        QAction *open = nullptr;
        QTRY_VERIFY(
            (open = window.findChild<QAction *>(QStringLiteral("openSupervisorDesk"))) != nullptr);
        open->trigger();
        QVERIFY(window.supervisorDesk() && window.supervisorDesk()->isVisible());
        later.core->session()->signOut();
        QTRY_VERIFY(!window.findChild<QAction *>(QStringLiteral("openSupervisorDesk")));
        QVERIFY(!window.supervisorDesk());
    }

    void anAgentHasNoDeskAndTheServerRefuses()
    {
        MainWindow window(m_agent.core.get(), &m_language);
        window.show();
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("openSupervisorDesk")));
        QVERIFY(!window.findChild<SupervisorDesk *>());
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/approvals?status=pending_approval")).status, 403);
        QCOMPARE(api.post(QStringLiteral("/api/v1/approvals/1/approve"),
                        {{QStringLiteral("reason"), QStringLiteral("x")}})
                     .status,
            403);
        QCOMPARE(api.get(QStringLiteral("/api/v1/audit")).status, 403);
        QCOMPARE(api.get(QStringLiteral("/api/v1/reports/complaints?from=2026-01-01&to=2026-12-31"))
                     .status,
            403);
        // Even through the console's own queue: a clear refusal, nothing shown.
        ApprovalQueue queue(m_agent.core->api());
        QSignalSpy failed(&queue, &ApprovalQueue::failed);
        queue.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(queue.pending().isEmpty());
    }
};

QTEST_MAIN(TestSupervisorDesk)
#include "tst_supervisordesk.moc"
