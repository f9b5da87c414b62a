// The administrator's console against the real server, offscreen, in
// Chinese: an administrator signs in and gets the administration desk
// instead of the agent's (no cache, no feed, no call line); creates an agent
// (the one-time password shown once), who must then choose a password before
// their desk starts; edits the calendar in the table, imports a pasted list
// and changes the deadline policy; enrols, confirms and removes a second
// factor with a code computed here from the secret; disables, enables,
// unlocks and resets; sees version conflicts as such. An agent's console has
// no administration at all. Every control of the new screens is reached by
// Tab and named for a screen reader (TabWalk.h).
#include "AdminDesk.h"
#include "AdminServices.h"
#include "CalendarAdmin.h"
#include "CalendarView.h"
#include "CallSession.h"
#include "ConsoleCore.h"
#include "HolidayImportDialog.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "OneTimePasswordDialog.h"
#include "PasswordChangeDialog.h"
#include "PolicyForm.h"
#include "SignInDialog.h"
#include "StaffDialog.h"
#include "StaffDirectory.h"
#include "StaffTableModel.h"
#include "StaffView.h"
#include "StoreFile.h"
#include "SyncEngine.h"
#include "TotpEnrolDialog.h"

#include "ApiCaller.h"
#include "ConsoleHarness.h"
#include "TabWalk.h"
#include "TestServer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageAuthenticationCode>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtEndian>
#include <QtTest>

using namespace WalletDesk;

namespace {

QByteArray base32Decode(const QString &text)
{
    static const QByteArray alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    QByteArray out;
    quint64 buffer = 0;
    int bits = 0;
    for (QChar c : text.toUpper()) {
        const int v = alphabet.indexOf(char(c.unicode()));
        if (v < 0)
            continue; // padding
        buffer = (buffer << 5) | quint64(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

// RFC 6238 with SHA-1, 6 digits, 30 s: what the person's phone would show.
QString totpCode(const QString &secret)
{
    const quint64 counter = quint64(QDateTime::currentSecsSinceEpoch() / 30);
    QByteArray message(8, '\0');
    qToBigEndian(counter, message.data());
    const QByteArray mac
        = QMessageAuthenticationCode::hash(message, base32Decode(secret), QCryptographicHash::Sha1);
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const quint32 value = (quint32(uchar(mac.at(offset)) & 0x7f) << 24)
        | (quint32(uchar(mac.at(offset + 1))) << 16) | (quint32(uchar(mac.at(offset + 2))) << 8)
        | quint32(uchar(mac.at(offset + 3)));
    return QStringLiteral("%1").arg(value % 1000000, 6, 10, QLatin1Char('0'));
}

template<typename T> T *openDialog(QWidget *owner)
{
    for (T *d : owner->findChildren<T *>())
        if (d->isVisible())
            return d;
    return nullptr;
}

void clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestAdminDesk : public QObject, private TabWalk
{
    Q_OBJECT

    TestServer m_server;
    ConsoleHarness m_admin;
    LanguageSwitch m_language;
    std::unique_ptr<MainWindow> m_window;
    QString m_oneTimePassword;
    QString m_agentPassword = QStringLiteral("Lotus-garden-2027");
    static constexpr auto agentName = "agent77";

    AdminDesk *desk() const { return m_window->adminDesk(); }
    StaffView *staff() const { return desk()->staff(); }
    StaffDirectory *directory() const { return m_admin.core->admin()->staff(); }

    std::optional<StaffMember> member(const QString &username) const
    {
        for (const StaffMember &m : directory()->staff())
            if (m.username == username)
                return m;
        return std::nullopt;
    }

    QString stateShown(const QString &username) const
    {
        StaffTableModel *model = staff()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->memberAt(row)->username == username)
                return model->index(row, StaffTableModel::State).data().toString();
        return {};
    }

    std::unique_ptr<ApiCaller> adminApi() const
    {
        auto api = std::make_unique<ApiCaller>(m_server.baseUrl(), m_server.caCertificates());
        api->signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo"));
        return api;
    }

    // Clicks the confirmation a StaffView action asks for.
    QString confirm(const QString &objectName)
    {
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = staff()->findChild<QMessageBox *>(objectName)) != nullptr; },
                5000))
            return {};
        const QString text = box->text();
        box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        return text;
    }

    // A console's sign-in as main.cpp shows it; true once the session is in
    // the state wanted.
    static bool signInAt(ConsoleHarness &console, SignInDialog &dialog, const QString &user,
        const QString &password, Session::State wanted)
    {
        dialog.setUsername(user);
        dialog.findChildren<QLineEdit *>().at(1)->setText(password);
        dialog.findChild<QPushButton *>()->click();
        return QTest::qWaitFor([&] { return console.core->session()->state() == wanted; }, 15000);
    }

    // Tab and Shift+Tab reach every control of an open dialog, each named in Chinese.
    void checkKeyboard(QDialog *dialog, const QString &where)
    {
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QWidget *before = QApplication::focusWidget();
        focusFirst(dialog);
        const QStringList problems = walk(dialog, where, true);
        for (const QString &problem : problems)
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(where));
        if (before && before->window() == dialog)
            before->setFocus();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare({20, 100, {}}), qPrintable(m_server.errorString()));
        QVERIFY(m_server.start(TestServer::relaxedAbuseLimits()));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QVERIFY(m_admin.create(m_server.port(), m_server.caFile()));
        QVERIFY(m_admin.signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo")));
        m_window = std::make_unique<MainWindow>(m_admin.core.get(), &m_language);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!directory()->staff().isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_admin.core->admin()->calendar()->isLoaded(), 15000);
    }

    void anAdministratorGetsTheAdministrationDesk()
    {
        QVERIFY(desk());
        QVERIFY(desk()->isVisible());
        QCOMPARE(m_window->centralWidget(), desk());
        // Nothing of the agent's desk: no search, no call menu, no cache, no feed.
        QVERIFY(!m_window->findChild<QLineEdit *>(QStringLiteral("search"))->isVisible());
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("adminMenu")));
        for (QAction *a : m_window->menuBar()->actions())
            QVERIFY2(!a->isVisible() || !a->text().contains(QStringLiteral("通话")),
                qPrintable(a->text()));
        QVERIFY(!m_admin.core->storeFile()->isOpen());
        QVERIFY(!m_admin.core->supervisor());
        QCOMPARE(m_admin.core->sync()->state(), SyncEngine::State::Offline);
        // The staff list, in words.
        QVERIFY(member(QStringLiteral("agent01")));
        QVERIFY(staff()->select(QStringLiteral("agent01")));
        QCOMPARE(stateShown(QStringLiteral("agent01")), QStringLiteral("在岗"));
        // The filter: by text, and by role.
        auto *filter = staff()->findChild<QLineEdit *>(QStringLiteral("staffFilter"));
        filter->setText(QStringLiteral("super"));
        QCOMPARE(staff()->model()->rowCount(), 2);
        filter->clear();
        auto *role = staff()->findChild<QComboBox *>(QStringLiteral("staffRoleFilter"));
        role->setCurrentIndex(role->findData(int(Role::Admin)));
        QCOMPARE(staff()->model()->rowCount(), 1);
        QCOMPARE(staff()->model()->index(0, StaffTableModel::RoleColumn).data().toString(),
            QStringLiteral("管理员"));
        role->setCurrentIndex(0);
    }

    void createsAnAgentAndShowsTheOneTimePasswordOnce()
    {
        staff()->findChild<QPushButton *>(QStringLiteral("staffCreate"))->click();
        StaffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog<StaffDialog>(staff())) != nullptr);
        // A username the server would refuse is refused here, in words.
        dialog->findChild<QLineEdit *>(QStringLiteral("staffUsername"))
            ->setText(QStringLiteral("7up"));
        dialog->findChild<QLineEdit *>(QStringLiteral("staffDisplayName"))
            ->setText(QStringLiteral("周芷若"));
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("staffMessage"))->text().isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("staffUsername"))
            ->setText(QLatin1String(agentName));
        clickOk(dialog);
        OneTimePasswordDialog *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = openDialog<OneTimePasswordDialog>(staff())) != nullptr, 10000);
        m_oneTimePassword = shown->password();
        checkKeyboard(shown, QStringLiteral("one-time password"));
        QCOMPARE(m_oneTimePassword.size(), 16);
        const QString notice
            = shown->findChild<QLabel *>(QStringLiteral("oneTimePasswordNotice"))->text();
        QVERIFY2(notice.contains(QStringLiteral("只显示这一次")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("周芷若")));
        shown->findChild<QPushButton *>(QStringLiteral("copyPassword"))->click();
        QCOMPARE(QApplication::clipboard()->text(), m_oneTimePassword);
        shown->accept();
        const auto created = member(QLatin1String(agentName));
        QVERIFY(created);
        QCOMPARE(created->role, Role::Agent);
        QVERIFY(created->passwordChangeRequired);
        QVERIFY2(stateShown(QLatin1String(agentName)).contains(QStringLiteral("须改密码")),
            qPrintable(stateShown(QLatin1String(agentName))));
        // Taken names are refused with the server's reason, in words.
        directory()->create(QLatin1String(agentName), QStringLiteral("重名"), Role::Agent);
        QTRY_VERIFY(staff()->statusText().contains(QStringLiteral("已被占用")));
    }

    void theNewAgentMustChooseAPasswordBeforeTheDeskStarts()
    {
        ConsoleHarness console;
        QVERIFY(console.create(m_server.port(), m_server.caFile()));
        SignInDialog signIn(
            console.core->session(), QStringLiteral("https://127.0.0.1:%1").arg(m_server.port()));
        signIn.show();
        QCOMPARE(signIn.findChild<QLabel *>(QStringLiteral("serverLabel"))->text(),
            QStringLiteral("服务器：127.0.0.1:%1").arg(m_server.port()));
        QSignalSpy signedIn(console.core->session(), &Session::signedIn);
        QVERIFY(signInAt(console, signIn, QLatin1String(agentName), m_oneTimePassword,
            Session::State::MustChangePassword));
        PasswordChangeDialog *change = nullptr;
        QTRY_VERIFY((change = openDialog<PasswordChangeDialog>(&signIn)) != nullptr);
        checkKeyboard(change, QStringLiteral("password change"));
        // Nothing of the desk has started: no cache, no feed, no signedIn.
        QVERIFY(!console.core->storeFile()->isOpen());
        QCOMPARE(console.core->sync()->state(), SyncEngine::State::Offline);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(signIn.isVisible());
        // The rules are there before typing.
        QVERIFY(change->findChild<QLabel *>(QStringLiteral("passwordRules"))
                    ->text()
                    .contains(QStringLiteral("10")));
        auto *first = change->findChild<QLineEdit *>(QStringLiteral("newPassword"));
        auto *second = change->findChild<QLineEdit *>(QStringLiteral("repeatPassword"));
        const QList<QPair<QString, QString>> refused {
            {QStringLiteral("short"), QStringLiteral("short")},
            {QStringLiteral("1234567890123"), QStringLiteral("1234567890123")},
            {m_oneTimePassword, m_oneTimePassword},
            {m_agentPassword, m_agentPassword + QLatin1Char('x')}};
        for (const auto &[a, b] : refused) {
            first->setText(a);
            second->setText(b);
            clickOk(change);
            QVERIFY(change->isVisible());
            QVERIFY2(!change->message().isEmpty(), qPrintable(a));
            QCOMPARE(console.core->session()->state(), Session::State::MustChangePassword);
        }
        first->setText(m_agentPassword);
        second->setText(m_agentPassword);
        clickOk(change);
        QTRY_COMPARE_WITH_TIMEOUT(
            console.core->session()->state(), Session::State::SignedIn, 15000);
        QCOMPARE(signedIn.count(), 1);
        QTRY_VERIFY(!signIn.isVisible());
        QCOMPARE(signIn.result(), int(QDialog::Accepted));
        QVERIFY(console.core->storeFile()->isOpen()); // the desk's parts start only now
        // The new password is theirs from now on.
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 200);
        directory()->refresh();
        QTRY_VERIFY(!member(QLatin1String(agentName))->passwordChangeRequired);
        console.core->session()->signOut();
        QTRY_VERIFY(!console.core->session()->isSigningOut());
    }

    void theCalendarIsEditedSavedAndImported()
    {
        CalendarView *calendar = desk()->calendar();
        desk()->showPage(AdminDesk::CalendarPage);
        calendar->setYear(2028);
        QCOMPARE(calendar->rows().size(), 0);
        calendar->findChild<QDateEdit *>(QStringLiteral("calendarDate"))
            ->setDate(QDate(2028, 4, 4));
        calendar->findChild<QLineEdit *>(QStringLiteral("calendarName"))
            ->setText(QStringLiteral("清明节"));
        calendar->findChild<QPushButton *>(QStringLiteral("calendarAdd"))->click();
        QCOMPARE(calendar->rows().size(), 1);
        QVERIFY(calendar->hasUnsavedChanges());
        calendar->findChild<QPushButton *>(QStringLiteral("calendarSave"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!calendar->hasUnsavedChanges(), 10000);
        QVERIFY2(calendar->statusText().contains(QStringLiteral("已保存")),
            qPrintable(calendar->statusText()));
        const auto reference = adminApi()->get(QStringLiteral("/api/v1/reference"));
        QVERIFY(QJsonDocument(reference.json.value(QStringLiteral("holidays")).toArray())
                    .toJson()
                    .contains("2028-04-04"));

        // The notice, pasted: a line it cannot read is named, nothing replaced.
        calendar->findChild<QPushButton *>(QStringLiteral("calendarImport"))->click();
        HolidayImportDialog *import = nullptr;
        QTRY_VERIFY((import = openDialog<HolidayImportDialog>(calendar)) != nullptr);
        import->setText(QStringLiteral("2028-10-02 国庆节 休\n2028-10-03 国庆节\n"));
        QVERIFY(!import->preview());
        QVERIFY2(
            import->message().contains(QStringLiteral("第 2 行")), qPrintable(import->message()));
        clickOk(import);
        QVERIFY(import->isVisible());
        import->setText(QStringLiteral("2029-01-01 元旦 休"));
        QVERIFY(!import->preview());
        import->setText(QStringLiteral("# 国庆节\n2028-10-01 至 2028-10-07 国庆节 放假\n"
                                       "2028-10-08 国庆节 班\n"));
        import->findChild<QPushButton *>(QStringLiteral("importPreviewButton"))->click();
        QCOMPARE(import->findChild<QTableWidget *>(QStringLiteral("importPreview"))->rowCount(), 6);
        const QPointer<HolidayImportDialog> open(import); // deletes itself once closed
        clickOk(import);
        QTRY_VERIFY(!open || !open->isVisible());
        QCOMPARE(calendar->rows().size(), 6); // the year's rows are replaced
        calendar->save();
        QTRY_VERIFY_WITH_TIMEOUT(!calendar->hasUnsavedChanges(), 10000);
        const QList<Holiday> saved = m_admin.core->admin()->calendar()->daysOf(2028);
        QCOMPARE(saved.size(), 6);
        QCOMPARE(saved.last(),
            (Holiday {QDate(2028, 10, 8), HolidayKind::Workday, QStringLiteral("国庆节")}));
    }

    void thePolicyIsSaved()
    {
        PolicyForm *form = desk()->policy();
        desk()->showPage(AdminDesk::PolicyPage);
        auto *acknowledge = form->findChild<QSpinBox *>(QStringLiteral("policyAcknowledge"));
        QCOMPARE(acknowledge->maximum(), 10);
        acknowledge->setValue(2);
        // The extension cannot be set below the resolution figure.
        form->findChild<QSpinBox *>(QStringLiteral("policyResolve"))->setValue(20);
        QCOMPARE(form->findChild<QSpinBox *>(QStringLiteral("policyMaxExtended"))->minimum(), 20);
        form->findChild<QPushButton *>(QStringLiteral("policySave"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(form->statusText().contains(QStringLiteral("已保存")), 10000);
        const auto reference = adminApi()->get(QStringLiteral("/api/v1/reference"));
        const QJsonObject policy = reference.json.value(QStringLiteral("policy")).toObject();
        QCOMPARE(policy.value(QStringLiteral("acknowledgeWorkingDays")).toInt(), 2);
        QCOMPARE(policy.value(QStringLiteral("resolveCalendarDays")).toInt(), 20);
    }

    void versionConflictsAreShown()
    {
        // Someone else renames the agent after this console read the list.
        const StaffMember before = *member(QLatin1String(agentName));
        const auto other = adminApi();
        QCOMPARE(other
                     ->patch(QStringLiteral("/api/v1/staff/%1").arg(before.id),
                         {{QStringLiteral("displayName"), QStringLiteral("周芷若（夜班）")}},
                         {{"If-Match", QStringLiteral("\"v%1\"").arg(before.version).toLatin1()}})
                     .status,
            200);
        QVERIFY(staff()->select(QLatin1String(agentName)));
        staff()->editSelected();
        StaffDialog *edit = nullptr;
        QTRY_VERIFY((edit = openDialog<StaffDialog>(staff())) != nullptr);
        edit->setDisplayName(QStringLiteral("周芷若（组长）"));
        edit->setRole(Role::Supervisor);
        clickOk(edit);
        // The current record is shown, with the administrator's edit filled in again.
        StaffDialog *again = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((again = openDialog<StaffDialog>(staff())) != nullptr, 10000);
        const QString note = again->findChild<QLabel *>(QStringLiteral("staffMessage"))->text();
        QVERIFY2(note.contains(QStringLiteral("周芷若（夜班）")), qPrintable(note));
        checkKeyboard(again, QStringLiteral("edit after a conflict"));
        QCOMPARE(again->displayName(), QStringLiteral("周芷若（组长）"));
        QCOMPARE(again->role(), Role::Supervisor);
        again->setRole(Role::Agent);
        clickOk(again);
        QTRY_COMPARE_WITH_TIMEOUT(
            member(QLatin1String(agentName))->displayName, QStringLiteral("周芷若（组长）"), 10000);

        // The calendar: another administrator saves 2028 first.
        CalendarView *calendar = desk()->calendar();
        calendar->setYear(2028);
        const qint64 version = m_admin.core->admin()->calendar()->reference().version;
        QCOMPARE(other
                     ->put(QStringLiteral("/api/v1/calendar/2028"),
                         {{QStringLiteral("days"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("date"), QStringLiteral("2028-01-03")},
                                 {QStringLiteral("kind"), QStringLiteral("holiday")},
                                 {QStringLiteral("name"), QStringLiteral("元旦")}}}}},
                         {{"If-Match", QStringLiteral("\"v%1\"").arg(version).toLatin1()}})
                     .status,
            200);
        calendar->findChild<QDateEdit *>(QStringLiteral("calendarDate"))
            ->setDate(QDate(2028, 5, 1));
        calendar->findChild<QLineEdit *>(QStringLiteral("calendarName"))
            ->setText(QStringLiteral("劳动节"));
        calendar->findChild<QPushButton *>(QStringLiteral("calendarAdd"))->click();
        calendar->save();
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = calendar->findChild<QMessageBox *>(QStringLiteral("calendarConflict")))
                != nullptr,
            10000);
        QVERIFY2(box->text().contains(QStringLiteral("2028-01-03")), qPrintable(box->text()));
        box->accept();
        QVERIFY(calendar->hasUnsavedChanges());
        QCOMPARE(calendar->rows().size(), 7); // this administrator's table is kept
        calendar->save();
        QTRY_VERIFY_WITH_TIMEOUT(!calendar->hasUnsavedChanges(), 10000);
        QCOMPARE(m_admin.core->admin()->calendar()->daysOf(2028).size(), 7);
    }

    void aSecondFactorIsEnrolledWithAQrCodeAndConfirmed()
    {
        QVERIFY(staff()->select(QLatin1String(agentName)));
        staff()->findChild<QPushButton *>(QStringLiteral("staffEnrol"))->click();
        TotpEnrolDialog *enrol = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((enrol = openDialog<TotpEnrolDialog>(staff())) != nullptr, 10000);
        QVERIFY(!enrol->qrImage().isNull());
        QVERIFY(enrol->qrImage().width() >= 200); // a phone's camera reads it off a screen
        QVERIFY(enrol->uriText().startsWith(QStringLiteral("otpauth://totp/")));
        const QString secret = enrol->findChild<QLineEdit *>(QStringLiteral("totpSecret"))->text();
        QVERIFY(enrol->uriText().contains(secret));
        checkKeyboard(enrol, QStringLiteral("two-factor enrolment"));
        QCOMPARE(member(QLatin1String(agentName))->totp, TotpState::Pending);
        // A wrong code keeps it pending, and says so.
        auto *code = enrol->findChild<QLineEdit *>(QStringLiteral("totpCode"));
        const QString right = totpCode(secret);
        code->setText(
            right == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000"));
        clickOk(enrol);
        QTRY_VERIFY_WITH_TIMEOUT(enrol->message().contains(QStringLiteral("不符")), 10000);
        QVERIFY(enrol->isVisible());
        code->setText(totpCode(secret));
        // The dialog deletes itself once closed (WA_DeleteOnClose).
        const QPointer<TotpEnrolDialog> open(enrol);
        clickOk(enrol);
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10000);
        QCOMPARE(member(QLatin1String(agentName))->totp, TotpState::Active);
        // Sign-in now needs the code.
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).code(),
            QStringLiteral("otp_required"));
        // A lost phone: removed.
        staff()->findChild<QPushButton *>(QStringLiteral("staffRemoveTotp"))->click();
        QVERIFY(!confirm(QStringLiteral("confirmRemoveTotp")).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(member(QLatin1String(agentName))->totp, TotpState::None, 10000);
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 200);
    }

    void disableEnableUnlockAndReset()
    {
        QVERIFY(staff()->select(QLatin1String(agentName)));
        auto *unlock = staff()->findChild<QPushButton *>(QStringLiteral("staffUnlock"));
        QVERIFY(!unlock->isEnabled()); // not locked
        // Disabling names the person and says their sessions end now.
        staff()->findChild<QPushButton *>(QStringLiteral("staffDisable"))->click();
        const QString question = confirm(QStringLiteral("confirmDisable"));
        QVERIFY2(question.contains(QStringLiteral("周芷若（组长）"))
                && question.contains(QStringLiteral("会话")),
            qPrintable(question));
        QTRY_VERIFY_WITH_TIMEOUT(member(QLatin1String(agentName))->disabled, 10000);
        QCOMPARE(stateShown(QLatin1String(agentName)), QStringLiteral("已停用"));
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).code(),
            QStringLiteral("account_disabled"));
        staff()->findChild<QPushButton *>(QStringLiteral("staffEnable"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!member(QLatin1String(agentName))->disabled, 10000);
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 200);

        // Locked after failures: the time it ends, China time, and unlock.
        for (int i = 0; i < 5; ++i)
            api.signIn(QLatin1String(agentName), QStringLiteral("wrong-password"));
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 423);
        staff()->findChild<QPushButton *>(QStringLiteral("staffRefresh"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            stateShown(QLatin1String(agentName)).contains(QStringLiteral("登录已锁定至")), 10000);
        QVERIFY(staff()->select(QLatin1String(agentName)));
        QVERIFY(unlock->isEnabled());
        unlock->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            stateShown(QLatin1String(agentName)), QStringLiteral("在岗"), 10000);
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 200);

        // Reset: a new one-time password, shown once; the old password is dead.
        QVERIFY(staff()->select(QLatin1String(agentName)));
        staff()->findChild<QPushButton *>(QStringLiteral("staffReset"))->click();
        QVERIFY(!confirm(QStringLiteral("confirmReset")).isEmpty());
        OneTimePasswordDialog *shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = openDialog<OneTimePasswordDialog>(staff())) != nullptr, 10000);
        const QString fresh = shown->password();
        shown->accept();
        QCOMPARE(api.signIn(QLatin1String(agentName), m_agentPassword).status, 401);

        // Cancelling the password change signs out; nothing opened.
        ConsoleHarness console;
        QVERIFY(console.create(m_server.port(), m_server.caFile()));
        SignInDialog signIn(console.core->session(), m_server.baseUrl());
        signIn.show();
        QVERIFY(signInAt(
            console, signIn, QLatin1String(agentName), fresh, Session::State::MustChangePassword));
        PasswordChangeDialog *change = nullptr;
        QTRY_VERIFY((change = openDialog<PasswordChangeDialog>(&signIn)) != nullptr);
        QSignalSpy abandoned(console.core->session(), &Session::passwordChangeAbandoned);
        change->reject();
        QTRY_COMPARE_WITH_TIMEOUT(abandoned.count(), 1, 10000);
        QCOMPARE(console.core->session()->state(), Session::State::SignedOut);
        QVERIFY(signIn.isVisible());
        QVERIFY(!signIn.message().isEmpty());
        QVERIFY(!console.core->storeFile()->isOpen());
    }

    void anAgentsConsoleHasNoAdministration()
    {
        ConsoleHarness agent;
        QVERIFY(agent.create(m_server.port(), m_server.caFile()));
        QVERIFY(agent.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")));
        MainWindow window(agent.core.get(), &m_language);
        window.show();
        QVERIFY(!agent.core->admin());
        QVERIFY(!window.adminDesk());
        QVERIFY(!window.findChild<QMenu *>(QStringLiteral("adminMenu")));
        QVERIFY(window.findChild<QLineEdit *>(QStringLiteral("search"))->isVisible());
        ApiCaller api(m_server.baseUrl(), m_server.caCertificates());
        api.signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
        QCOMPARE(api.get(QStringLiteral("/api/v1/staff")).status, 403);
        agent.core->session()->signOut();
        QTRY_VERIFY(!agent.core->session()->isSigningOut());
    }

    void theWindowMadeBeforeSignInSwitchesAndSignsOut()
    {
        // As console/main.cpp does it: the window first, then the sign-in.
        ConsoleHarness console;
        QVERIFY(console.create(m_server.port(), m_server.caFile()));
        MainWindow window(console.core.get(), &m_language);
        QVERIFY(!window.adminDesk());
        QVERIFY(console.signIn(QStringLiteral("admin01"), QStringLiteral("admin01-demo")));
        QVERIFY(window.adminDesk());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<QLineEdit *>(QStringLiteral("search"))->isVisible());
        // A call handed over by the telephony system is no administrator's.
        window.takeCall(QStringLiteral("+8613800138000"));
        QVERIFY(!console.core->call()->isActive());
        QSignalSpy signedOut(&window, &MainWindow::signedOut);
        window.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, 10000);
        QVERIFY(!console.core->admin());
        QVERIFY(!window.isVisible());
    }

    void switchingTheLanguageRetranslatesTheDesk()
    {
        auto *create = staff()->findChild<QPushButton *>(QStringLiteral("staffCreate"));
        auto *saveYear
            = desk()->calendar()->findChild<QPushButton *>(QStringLiteral("calendarSave"));
        auto *savePolicy = desk()->policy()->findChild<QPushButton *>(QStringLiteral("policySave"));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("adminMenu"));
        QVERIFY(m_language.setLanguage(Language::English));
        QTRY_COMPARE(create->text(), QStringLiteral("&New…"));
        QTRY_COMPARE(stateShown(QStringLiteral("agent01")), QStringLiteral("On duty"));
        QTRY_COMPARE(saveYear->text(), QStringLiteral("Sa&ve"));
        QTRY_COMPARE(savePolicy->text(), QStringLiteral("Sa&ve policy"));
        QTRY_COMPARE(menu->title(), QStringLiteral("Ad&ministration"));
        QTRY_COMPARE(desk()->tabs()->tabText(AdminDesk::StaffPage), QStringLiteral("&Staff"));
        QVERIFY(m_language.setLanguage(Language::Chinese));
        QTRY_COMPARE(create->text(), QStringLiteral("新建(&N)…"));
        QTRY_COMPARE(stateShown(QStringLiteral("agent01")), QStringLiteral("在岗"));
        QTRY_COMPARE(menu->title(), QStringLiteral("管理(&M)"));
    }

    void everyControlIsReachedAndNamed()
    {
        QStringList problems;
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTabWidget *tabs = desk()->tabs();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            tabs->tabBar()->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(tabs->tabBar()->hasFocus());
            problems
                += walk(m_window.get(), QStringLiteral("admin, %1").arg(tabs->tabText(t)), true);
        }
        tabs->setCurrentIndex(AdminDesk::StaffPage);
        QVERIFY(staff()->select(QLatin1String(agentName)));
        const QList<QPair<QString, std::function<QDialog *()>>> dialogs {
            {QStringLiteral("new staff"),
                [this] {
                    staff()->createMember();
                    return openDialog<StaffDialog>(staff());
                }},
            {QStringLiteral("import"),
                [this] {
                    desk()->calendar()->openImport();
                    return openDialog<HolidayImportDialog>(desk()->calendar());
                }},
        };
        for (const auto &[name, open] : dialogs) {
            QDialog *dialog = open();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            focusFirst(dialog);
            problems += walk(dialog, name, true);
            dialog->reject();
        }
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        if (m_admin.core)
            m_admin.core->session()->signOut();
    }
};

QTEST_MAIN(TestAdminDesk)
#include "tst_admindesk.moc"
