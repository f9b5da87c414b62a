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

    // translations/GLOSSARY.md: one term per thing; its "not" column lists
    // the wordings no Chinese text may use.
    void glossaryIsFollowed()
    {
        QFile glossary(TestServer::sourceDir() + QStringLiteral("/translations/GLOSSARY.md"));
        QVERIFY(glossary.open(QIODevice::ReadOnly));
        QStringList banned;
        for (const QString &line : QString::fromUtf8(glossary.readAll()).split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('|'));
            if (cells.size() < 5 || cells.at(1).trimmed() == QLatin1String("English")
                || cells.at(1).startsWith(QLatin1String("---")))
                continue;
            for (const QString &word : cells.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                banned << word.trimmed();
        }
        banned.removeAll(QString());
        QVERIFY(banned.contains(QStringLiteral("结束来电")));
        QFile ts(TestServer::sourceDir() + QStringLiteral("/translations/walletdesk_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        static const QRegularExpression translation(
            QStringLiteral("<translation>(.*?)</translation>"),
            QRegularExpression::DotMatchesEverythingOption);
        QStringList offending;
        auto it = translation.globalMatch(QString::fromUtf8(ts.readAll()));
        while (it.hasNext()) {
            const QString text = it.next().captured(1);
            for (const QString &word : std::as_const(banned)) {
                if (text.contains(word))
                    offending << word + QStringLiteral(": ") + text.left(60);
            }
        }
        QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1String(" | "))));
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
