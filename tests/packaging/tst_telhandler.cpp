// The console as the desktop's tel: handler, end to end: the built desktop
// entry (Exec pointing at the built console) in a temporary XDG_DATA_HOME,
// registered with the real xdg-mime as the handler of x-scheme-handler/tel in
// a temporary XDG_CONFIG_HOME; the real xdg-open (under Xvfb, which its
// generic mode needs) and gio open hand a tel: link to it, and the running
// console (this test's SingleInstance, as tst_mainwindow observes --call)
// receives the caller. A malformed link is refused with a message and pops
// nothing. Run inside its own D-Bus session (CMakeLists.txt).
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace WalletDesk;

namespace {
const QString appId = QStringLiteral("org.walletdesk.WalletDesk");
} // namespace

class TelHandlerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcessEnvironment m_env;
    std::unique_ptr<SingleInstance> m_console;
    std::unique_ptr<QSignalSpy> m_received;

    // Runs a desktop tool in the test's desktop; its exit code.
    int run(const QString &program, const QStringList &arguments, QByteArray *stdErr = nullptr,
        QByteArray *stdOut = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(program, arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (stdErr)
            *stdErr = process.readAllStandardError();
        if (stdOut)
            *stdOut = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    static QString tool(const QString &name, const char *package)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            qWarning("%s is missing: install Debian's %s (scripts/packages.txt)", qPrintable(name),
                package);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString console = qEnvironmentVariable("WALLETDESK_CONSOLE");
        QVERIFY2(QFileInfo(console).isExecutable(), "WALLETDESK_CONSOLE: the built console");
        QVERIFY(!tool(QStringLiteral("xdg-open"), "xdg-utils").isEmpty());
        QVERIFY(!tool(QStringLiteral("gio"), "libglib2.0-bin").isEmpty());
        QVERIFY(!tool(QStringLiteral("Xvfb"), "xvfb").isEmpty());
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no D-Bus session");

        // The desktop entry as built, its Exec made the built console's.
        QFile built(qEnvironmentVariable("WALLETDESK_DESKTOP_ENTRY"));
        QVERIFY2(built.open(QIODevice::ReadOnly), "WALLETDESK_DESKTOP_ENTRY: the built entry");
        QString entry = QString::fromUtf8(built.readAll());
        QVERIFY(entry.contains(QLatin1String("\nExec=walletdesk %u\n")));
        QVERIFY(entry.contains(QLatin1String("\nMimeType=x-scheme-handler/tel;\n")));
        entry.replace(
            QLatin1String("\nExec=walletdesk "), QLatin1String("\nExec=") + console + u' ');
        entry.replace(
            QLatin1String("\nTryExec=walletdesk\n"), QLatin1String("\nTryExec=") + console + u'\n');
        const QDir root(m_dir.path());
        for (const char *sub : {"data/applications", "config", "system-data", "runtime", "home"})
            QVERIFY(root.mkpath(QLatin1String(sub)));
        QFile installed(root.filePath(QStringLiteral("data/applications/") + appId + u".desktop"));
        QVERIFY(installed.open(QIODevice::WriteOnly));
        installed.write(entry.toUtf8());
        installed.close();

        // A display for xdg-open's generic mode (it hands URIs to handlers
        // only "if has_display").
        m_xvfb.start(tool(QStringLiteral("Xvfb"), "xvfb"),
            {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                QStringLiteral("640x480x24")});
        QVERIFY(m_xvfb.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_xvfb.canReadLine(), 15000);
        const QString display = QString::fromLatin1(m_xvfb.readLine()).trimmed();
        QVERIFY(!display.isEmpty());

        // A desktop of this test's own: no other handler, no desktop
        // environment for xdg-open to defer to.
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                 "GNOME_DESKTOP_SESSION_ID", "WAYLAND_DISPLAY", "BROWSER"})
            m_env.remove(QLatin1String(name));
        m_env.insert(QStringLiteral("DISPLAY"), u':' + display);
        m_env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_DATA_DIRS"), root.filePath(QStringLiteral("system-data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_CONFIG_DIRS"), root.filePath(QStringLiteral("config")));
        const QString runtime = root.filePath(QStringLiteral("runtime"));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString name
            = QStringLiteral("walletdesk-tel-test-%1").arg(QCoreApplication::applicationPid());
        m_env.insert(QStringLiteral("WALLETDESK_INSTANCE"), name);

        // Registered as an administrator's script or a desktop would.
        QCOMPARE(run(QStringLiteral("xdg-mime"),
                     {QStringLiteral("default"), appId + u".desktop",
                         QStringLiteral("x-scheme-handler/tel")}),
            0);
        QByteArray handler;
        QCOMPARE(run(QStringLiteral("xdg-mime"),
                     {QStringLiteral("query"), QStringLiteral("default"),
                         QStringLiteral("x-scheme-handler/tel")},
                     nullptr, &handler),
            0);
        QCOMPARE(handler.trimmed(), (appId + u".desktop").toUtf8());

        // The running console.
        m_console = std::make_unique<SingleInstance>(name);
        QVERIFY(m_console->claim());
        m_received = std::make_unique<QSignalSpy>(m_console.get(), &SingleInstance::callReceived);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            m_xvfb.waitForFinished(5000);
        }
    }

    void init() { m_received->clear(); }

    void xdgOpenPopsTheCaller_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("caller");
        QTest::newRow("global") << "tel:+8613800138000"
                                << "+8613800138000";
        QTest::newRow("local") << "tel:13800138000"
                               << "13800138000";
        QTest::newRow("visual separators") << "tel:+86-138-0013.8000"
                                           << "+8613800138000";
        QTest::newRow("extension") << "tel:+86-10-6512-3456;ext=8021"
                                   << "+861065123456";
    }
    void xdgOpenPopsTheCaller()
    {
        QFETCH(QString, uri);
        QFETCH(QString, caller);
        QByteArray err;
        QCOMPARE(run(QStringLiteral("xdg-open"), {uri}, &err), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_received->count(), 1, 10000);
        QCOMPARE(m_received->first().at(0).toString(), caller);
        QVERIFY2(err.isEmpty(), err.constData());
    }

    // GLib's way (what GNOME and most Gtk softphones use): launched
    // detached, so only the pop tells that it arrived.
    void gioOpenPopsTheCaller()
    {
        QByteArray err;
        QCOMPARE(run(QStringLiteral("gio"),
                     {QStringLiteral("open"), QStringLiteral("tel:+8613900139000")}, &err),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(m_received->count(), 1, 15000);
        QCOMPARE(m_received->first().at(0).toString(), QStringLiteral("+8613900139000"));
    }

    void aMalformedLinkIsRefused_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::newRow("letters") << "tel:+86-138-CALL-NOW";
        QTest::newRow("empty") << "tel:";
        QTest::newRow("too long") << "tel:+86138001380001234";
        QTest::newRow("star code") << "tel:*21*13800138000#";
    }
    void aMalformedLinkIsRefused()
    {
        QFETCH(QString, uri);
        QByteArray err;
        QVERIFY(run(QStringLiteral("xdg-open"), {uri}, &err) != 0);
        const QByteArray said = "walletdesk: Not a telephone number: " + uri.toUtf8();
        QVERIFY2(err.contains(said), err.constData());
        // Nothing popped: a good link opened after it is the first to arrive
        // (the refused one would have been delivered before it).
        QCOMPARE(run(QStringLiteral("xdg-open"), {QStringLiteral("tel:+8613700137000")}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_received->count(), 1, 10000);
        QCOMPARE(m_received->first().at(0).toString(), QStringLiteral("+8613700137000"));
        QTest::qWait(200);
        QCOMPARE(m_received->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TelHandlerTest)
#include "tst_telhandler.moc"
