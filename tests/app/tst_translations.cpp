// The Chinese translation is complete and current, and it is what the
// console shows once loaded.
#include "ApiJob.h"
#include "DisplayNames.h"
#include "TestServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace {
QSet<QString> sourcesIn(const QString &tsFile)
{
    QFile f(tsFile);
    f.open(QIODevice::ReadOnly);
    const QString text = QString::fromUtf8(f.readAll());
    QSet<QString> sources;
    static const QRegularExpression source(
        QStringLiteral("<source>(.*?)</source>"), QRegularExpression::DotMatchesEverythingOption);
    auto it = source.globalMatch(text);
    while (it.hasNext())
        sources.insert(it.next().captured(1));
    return sources;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseIsComplete()
    {
        QFile ts(TestServer::sourceDir() + QStringLiteral("/translations/walletdesk_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("language=\"zh_CN\""));
        QCOMPARE(text.count("type=\"unfinished\""), 0);
        QVERIFY(text.count("<translation>") > 50);
    }

    void translationsAreCurrent()
    {
        // What lupdate finds in the sources today must be in the .ts file.
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(TestServer::sourceDir());
        lupdate.start(QStringLiteral("/usr/lib/qt6/bin/lupdate"),
            {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui"),
                QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(60000));
        const QSet<QString> current = sourcesIn(fresh);
        const QSet<QString> committed = sourcesIn(
            TestServer::sourceDir() + QStringLiteral("/translations/walletdesk_zh_CN.ts"));
        QVERIFY(current.size() > 50);
        const QSet<QString> missing = current - committed;
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringList(missing.cbegin(), missing.cend()).join(QLatin1String(" | "))
                + QLatin1String(" -- run scripts/update-translations.sh")));
    }

    void loadedTranslationIsShown()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/walletdesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QCOMPARE(WalletDesk::DisplayNames::accountStatus(WalletDesk::AccountStatus::Locked),
            QStringLiteral("已锁定"));
        QCOMPARE(WalletDesk::ApiJob::tr("The server did not answer in time."),
            QStringLiteral("服务器未及时应答。"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(WalletDesk::DisplayNames::accountStatus(WalletDesk::AccountStatus::Locked),
            QStringLiteral("Locked"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
