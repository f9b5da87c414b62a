// Makes the PNGs in docs/screenshots/ (run by scripts/screenshots.sh under
// Xvfb): a real server with demo data, the real windows, in Chinese.
#include "AccountSearchModel.h"
#include "AdminDesk.h"
#include "AdminServices.h"
#include "CalendarAdmin.h"
#include "CalendarView.h"
#include "CallGuidePanel.h"
#include "CallSession.h"
#include "CallbackService.h"
#include "ChannelComplaintDialog.h"
#include "ComplaintListModel.h"
#include "ComplaintQueueView.h"
#include "ConsoleCore.h"
#include "DashboardView.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "ReasonPrompt.h"
#include "RecordCache.h"
#include "Session.h"
#include "SignInDialog.h"
#include "StaffDirectory.h"
#include "StaffView.h"
#include "SupervisorDesk.h"
#include "TestServer.h"
#include "TotpEnrolDialog.h"
#include "TransactionListModel.h"
#include "WallboardView.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    TestServer server;
    if (!server.prepare({200, 5000, {}}) || !server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    ConsoleSettings settings;
    settings.serverUrl = QUrl(server.baseUrl());
    settings.caFile = server.caFile();
    ConsoleCore core(settings);
    QTemporaryDir dir;
    core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    core.init(&error);
    LanguageSwitch language;
    language.setLanguage(Language::Chinese);

    SignInDialog signIn(core.session(), QStringLiteral("https://127.0.0.1:8443"));
    signIn.setUsername(QStringLiteral("agent01"));
    signIn.resize(420, 260);
    signIn.show();
    QTest::qWait(300);
    signIn.grab().save(out + QStringLiteral("/signin-zh.png"));
    core.session()->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
    if (!QTest::qWaitFor(
            [&] { return core.session()->state() == Session::State::SignedIn; }, 20000))
        return 2;
    signIn.hide();

    MainWindow window(&core, &language);
    window.resize(1360, 820);
    window.show();
    window.takeCall(QStringLiteral("+8613800138000"));
    if (!QTest::qWaitFor([&] { return window.candidates()->rowCount() > 0; }, 20000))
        return 3;
    const auto tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
    const auto save = [&](const char *name) {
        QTest::qWait(600);
        window.grab().save(out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    };
    window.openAccount(1);
    QTest::qWait(1500);
    // Verify with the code the simulated SMS gateway received.
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("sendCode")), Qt::LeftButton);
    QString code;
    if (!QTest::qWaitFor(
            [&] { return !(code = server.lastSmsCode(QStringLiteral("13800138000"))).isEmpty(); },
            20000))
        return 5;
    auto *answer = window.findChild<QLineEdit *>(QStringLiteral("verificationAnswer"));
    answer->setText(code);
    QTest::keyClick(answer, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return core.call()->isVerified(); }, 20000)) {
        qWarning() << "not verified:"
                   << window.findChild<QLabel *>(QStringLiteral("verificationState"))->text();
        return 6;
    }
    window.guide()->setKind(CallGuide::Kind::CannotSignIn);
    auto *steps = window.findChild<QListWidget *>(QStringLiteral("guideSteps"));
    steps->item(1)->setCheckState(Qt::Checked); // ticked: goes into the notes
    // A 2FA reset waits for a supervisor: the call panel says so.
    ReasonPrompt::setNextAnswer(QStringLiteral("客户换了手机，收不到验证码"));
    window.findChild<QPushButton *>(QStringLiteral("twoFactorReset"))->click();
    if (!QTest::qWaitFor([&] { return !core.call()->requests().isEmpty(); }, 20000))
        return 8;
    save("agent-overview-zh");
    tabs->setCurrentIndex(1);
    save("agent-security-zh");
    tabs->setCurrentIndex(2);
    save("agent-cards-zh");
    tabs->setCurrentIndex(4);
    save("agent-history-zh");

    // The withdrawal case: 李娜, whose withdrawal straddles a holiday. Her
    // call comes while the first is live: the first goes on hold.
    window.takeCall(QStringLiteral("+8613900139000"));
    auto *pop = window.findChild<QMessageBox *>(QStringLiteral("screenPop"));
    if (!pop)
        return 10;
    QTest::qWait(300);
    pop->grab().save(out + QStringLiteral("/screen-pop-zh.png"));
    pop->findChild<QPushButton *>(QStringLiteral("holdAndAnswer"))->click();
    if (!QTest::qWaitFor([&] { return window.candidates()->rowCount() > 0; }, 20000))
        return 7;
    window.openAccount(2);
    window.guide()->setKind(CallGuide::Kind::WithdrawalNotArrived);
    tabs->setCurrentIndex(3);
    if (!QTest::qWaitFor([&] { return window.transactions()->rowCount() > 0; }, 20000))
        return 4;
    window.findChild<QTableView *>(QStringLiteral("transactions"))->selectRow(0);
    // (张伟's call waits on hold in the list above the candidates.)
    save("agent-transactions-zh");

    // A callback falls due: the reminder, over the window, not blocking it.
    core.callbacks()->schedule(QStringLiteral("+8613800138000"),
        QStringLiteral("回电确认退款是否到账"), QDateTime::currentDateTimeUtc().addSecs(2),
        qint64(1));
    QMessageBox *reminder = nullptr;
    if (!QTest::qWaitFor(
            [&] {
                for (auto *box : window.findChildren<QMessageBox *>()) {
                    if (box->objectName().startsWith(QLatin1String("callbackDue"))
                        && box->isVisible())
                        reminder = box;
                }
                return reminder != nullptr;
            },
            20000))
        return 11;
    QTest::qWait(600);
    {
        // The window with the reminder where the desktop would put it.
        QPixmap shot = window.grab();
        QPainter painter(&shot);
        const QPixmap box = reminder->grab();
        painter.drawPixmap(
            (shot.width() - box.width()) / 2, (shot.height() - box.height()) / 3, box);
        painter.end();
        shot.save(out + QStringLiteral("/callback-reminder-zh.png"));
    }
    reminder->close();

    // The supervisor's desk, signed in as super01 in a console of its own.
    ConsoleCore supervisorCore(settings);
    QTemporaryDir supervisorDir;
    supervisorCore.setStorePathOverride(supervisorDir.filePath(QStringLiteral("cache.sqlite")));
    supervisorCore.init(&error);
    supervisorCore.session()->signIn(QStringLiteral("super01"), QStringLiteral("super01-demo"));
    if (!QTest::qWaitFor(
            [&] { return supervisorCore.session()->state() == Session::State::SignedIn; }, 20000)
        || !QTest::qWaitFor(
            [&] { return supervisorCore.recordCache()->reference().has_value(); }, 20000))
        return 9;
    MainWindow supervisorWindow(&supervisorCore, &language);
    supervisorWindow.openSupervisorDesk();
    SupervisorDesk *desk = supervisorWindow.supervisorDesk();
    desk->resize(1360, 820);
    auto *deskTabs = desk->findChild<QTabWidget *>(QStringLiteral("supervisorTabs"));
    const auto saveDesk = [&](const char *name) {
        QTest::qWait(800);
        desk->grab().save(out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    };
    ComplaintQueueView *queue = desk->complaintQueue();
    if (!QTest::qWaitFor([&] { return queue->model()->rowCount() > 3; }, 20000))
        return 10;
    queue->findChild<QTableView *>(QStringLiteral("complaintQueue"))->selectRow(1);
    saveDesk("supervisor-complaints-zh");
    deskTabs->setCurrentIndex(1);
    saveDesk("supervisor-approvals-zh");
    deskTabs->setCurrentIndex(2);
    const QDate today = QDate::currentDate();
    desk->dashboard()->showPeriod(today.addDays(-29), today);
    desk->dashboard()->showYear(today.year());
    saveDesk("supervisor-dashboard-zh");
    deskTabs->setCurrentIndex(3);
    saveDesk("supervisor-audit-zh");
    // The wallboard: the agent above is on the call, their 2FA reset waits.
    deskTabs->setCurrentWidget(desk->wallboard());
    if (!QTest::qWaitFor(
            [&] { return desk->wallboard()->headline().contains(QStringLiteral("审批")); }, 20000))
        return 11;
    saveDesk("supervisor-wallboard-zh");

    // A WeChat complaint with the customer's screenshot as evidence.
    deskTabs->setCurrentWidget(queue);
    QTemporaryDir evidenceDir;
    const QString photo = evidenceDir.filePath(QStringLiteral("充值截图.png"));
    {
        QImage image(360, 640, QImage::Format_RGB32);
        image.fill(QColor(0xf5, 0xf5, 0xf5));
        QPainter p(&image);
        QFont font = p.font();
        font.setPixelSize(28);
        p.setFont(font);
        p.drawText(QRect(0, 120, 360, 60), Qt::AlignCenter, QStringLiteral("充值 ¥200.00"));
        font.setPixelSize(20);
        p.setFont(font);
        p.drawText(
            QRect(0, 200, 360, 40), Qt::AlignCenter, QStringLiteral("处理中 · 2026-11-26 21:14"));
        p.end();
        image.save(photo);
    }
    ChannelComplaintDialog *logDialog = queue->openLogDialog();
    auto *channel = logDialog->findChild<QComboBox *>(QStringLiteral("channel"));
    channel->setCurrentIndex(channel->findData(QStringLiteral("wechat")));
    logDialog->findChild<QLineEdit *>(QStringLiteral("accountSearch"))
        ->setText(QStringLiteral("13900139000"));
    logDialog->findChild<QPushButton *>(QStringLiteral("findAccount"))->click();
    auto *linked = logDialog->findChild<QComboBox *>(QStringLiteral("account"));
    if (!QTest::qWaitFor([&] { return linked->count() > 1; }, 20000))
        return 12;
    linked->setCurrentIndex(1);
    logDialog->findChild<QLineEdit *>(QStringLiteral("callbackNumber"))
        ->setText(QStringLiteral("139 0013 9000"));
    logDialog->findChild<QLineEdit *>(QStringLiteral("preferredTime"))
        ->setText(QStringLiteral("工作日 9–18 点"));
    const QString what = QStringLiteral("微信留言：昨晚充值 200 元，至今显示处理中，余额未增加。");
    logDialog->findChild<QPlainTextEdit *>(QStringLiteral("description"))->setPlainText(what);
    logDialog->addFile(photo);
    QTest::qWait(300);
    logDialog->grab().save(out + QStringLiteral("/complaint-other-channel-zh.png"));
    logDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ComplaintFilter wechat;
    wechat.channel = QStringLiteral("wechat");
    queue->setFilter(wechat);
    int evidenceRow = -1;
    if (!QTest::qWaitFor(
            [&] {
                for (int r = 0; r < queue->model()->rowCount(); ++r)
                    if (queue->model()->at(r).draft.description == what)
                        evidenceRow = r;
                return evidenceRow >= 0;
            },
            20000))
        return 13;
    queue->findChild<QTableView *>(QStringLiteral("complaintQueue"))->selectRow(evidenceRow);
    auto *attachments = queue->findChild<QListWidget *>(QStringLiteral("complaintAttachments"));
    if (!QTest::qWaitFor([&] { return attachments->count() > 0; }, 20000))
        return 14;
    queue->assignTo(2); // acknowledged: the customer's text shows on the timeline
    QTest::qWait(1500);
    saveDesk("supervisor-complaint-evidence-zh");

    // The administrator's console: staff, and this year's working-day calendar.
    ConsoleCore adminCore(settings);
    adminCore.init(&error);
    adminCore.session()->signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
    if (!QTest::qWaitFor(
            [&] { return adminCore.session()->state() == Session::State::SignedIn; }, 20000)
        || !QTest::qWaitFor(
            [&] {
                return !adminCore.admin()->staff()->staff().isEmpty()
                    && adminCore.admin()->calendar()->isLoaded();
            },
            20000))
        return 15;
    MainWindow adminWindow(&adminCore, &language);
    adminWindow.resize(1360, 820);
    adminWindow.show();
    AdminDesk *adminDesk = adminWindow.adminDesk();
    adminDesk->staff()->select(QStringLiteral("agent01"));
    QTest::qWait(800);
    adminWindow.grab().save(out + QStringLiteral("/admin-staff-zh.png"));
    adminDesk->showPage(AdminDesk::CalendarPage);
    adminDesk->calendar()->setYear(QDate::currentDate().year());
    QTest::qWait(800);
    adminWindow.grab().save(out + QStringLiteral("/admin-calendar-zh.png"));
    adminDesk->showPage(AdminDesk::PolicyPage);
    QTest::qWait(800);
    adminWindow.grab().save(out + QStringLiteral("/admin-policy-zh.png"));
    // A second factor for agent02: the QR code their phone scans.
    adminDesk->showPage(AdminDesk::StaffPage);
    adminDesk->staff()->select(QStringLiteral("agent02"));
    adminDesk->staff()->enrolSelected();
    TotpEnrolDialog *enrol = nullptr;
    if (!QTest::qWaitFor(
            [&] { return (enrol = adminDesk->staff()->findChild<TotpEnrolDialog *>()) != nullptr; },
            20000))
        return 16;
    QTest::qWait(800);
    enrol->grab().save(out + QStringLiteral("/admin-totp-zh.png"));
    enrol->reject();
    std::printf("screenshots written to %s\n", qPrintable(out));
    return 0;
}
