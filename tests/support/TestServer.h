#pragma once

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Runs the real walletdesk-server for a test: a fresh certificate from
// scripts/dev-cert.sh, a fresh store (a SQLite file, or a new PostgreSQL
// database when WALLETDESK_TEST_BACKEND=postgres), demo data, and the
// process itself on a free loopback port.
class TestServer
{
public:
    struct Options
    {
        int accounts = 300;
        int transactions = 6000;
        QStringList extraArgs;
        bool demoData = true; // false: certificates only, the store is made at first start
    };

    TestServer();
    ~TestServer();

    // Sets up certificates and store and generates the demo data.
    bool prepare(const Options &options);
    bool prepare() { return prepare(Options {}); }
    // Shares another TestServer's certificates and store (a second instance).
    bool attach(const TestServer &other, const QStringList &extraArgs = {}, quint16 port = 0);
    // Starts (or restarts) the server process on the prepared store, on a
    // free port or the given one, with the given certificate of certDir().
    bool start(const QStringList &extraArgs = {}, quint16 port = 0,
        const QString &certName = QStringLiteral("server"));
    // Starts the server with exactly these arguments (no --db, --cert, ...).
    // Like every start, with --no-config unless args name a --config: the
    // host's /etc/walletdesk/server.conf (an installed package) stays out.
    bool startWith(const QStringList &args);
    // args with --no-config (after `admin ...`, else in front) unless they
    // hold --config or --no-config. For tests that run the binary themselves.
    static QStringList withoutHostConfig(const QStringList &args);
    bool sendSignal(int signalNumber) const;
    // Everything the server process wrote to stderr (its log), since prepare().
    QByteArray log() const;
    QString logFile() const;
    // A path in this server's temporary directory.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // The abuse-limit options start() passes before extraArgs: loose
    // enough for tests that verify one customer many times a minute.
    static QStringList relaxedAbuseLimits();
    // Makes another certificate signed by the same CA (dev-cert.sh options).
    bool makeCertificate(const QString &name, const QStringList &options);
    static quint16 freePort();
    void kill(); // SIGKILL, no goodbye
    void terminate(); // SIGTERM and wait

    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QString caFile() const;
    QList<QSslCertificate> caCertificates() const;
    // The server's own certificate and key, for a proxy that stands in for
    // it (FlakyProxy): a console trusts the proxy as it trusts the server.
    QSslConfiguration serverTls() const;
    QString smsLogFile() const;
    QString databaseSpec() const { return m_dbSpec; }
    QString certDir() const;
    bool isPostgres() const;
    // The last code the simulated gateway sent to a phone number.
    QString lastSmsCode(const QString &phone) const;
    // The code in the last message this instance's gateway sent, to any
    // number (the API shows phone numbers masked only).
    QString latestSmsCode() const;

    static QString sourceDir();
    static QString serverBinary();

private:
    bool run(const QStringList &args, int timeoutMs);
    bool launch(const QStringList &args);
    bool createPostgresDatabase();

    QTemporaryDir m_dir;
    QString m_certDir; // empty: our own, in m_dir
    std::unique_ptr<QProcess> m_process;
    QString m_dbSpec;
    QString m_error;
    quint16 m_port = 0;
};
