#pragma once

#include "Agent.h"
#include "ComplaintReport.h"
#include "ReferenceData.h"

#include <QWidget>

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;

namespace WalletDesk {

class AgentDirectory;
class ComplaintReports;
class DateFilterEdit;
class RecordTableModel;

// Deadlines at a glance for a chosen period: complaints by category and
// status, breaches, the daily trend, per-agent load and how fast they were
// resolved (within 1 and within 1–3 working days); below, the yearly
// disclosure table a payment institution publishes. Both export as CSV.
// Every figure is the server's report, not a count of what the console holds.
// By keyboard and screen reader: the headline and each chart are Tab stops
// that read their figures as text.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(ComplaintReports *reports, AgentDirectory *agents, QWidget *parent = nullptr);

    void setReference(const ReferenceData &reference, Language language);
    void showPeriod(const QDate &from, const QDate &to);
    void showYear(int year);
    std::optional<ComplaintReport> periodReport() const { return m_period; }
    std::optional<ComplaintReport> yearReport() const { return m_year; }
    // Rows as they are exported: a header, then the figures.
    QList<QStringList> figureRows() const;
    QList<QStringList> disclosureRows() const;
    bool exportFigures(const QString &path, QString *error) const;
    bool exportDisclosure(const QString &path, QString *error) const;

Q_SIGNALS:
    void periodShown();
    void yearShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport();
    void showDisclosure();
    void chooseFile(bool disclosure);
    QString agentName(const QString &key) const;
    void retranslateUi();

    ComplaintReports *m_reports;
    ReferenceData m_reference;
    Language m_language = Language::Chinese;
    QList<Agent> m_agents;
    std::optional<ComplaintReport> m_period;
    std::optional<ComplaintReport> m_year;
    QDate m_from;
    QDate m_to;
    int m_yearShown = 0;
    QLabel *m_periodLabel;
    DateFilterEdit *m_fromEdit;
    DateFilterEdit *m_toEdit;
    QPushButton *m_show;
    QLabel *m_figures;
    QChartView *m_byCategory;
    QChartView *m_byStatus;
    QChartView *m_trend;
    QChartView *m_perAgent;
    QLabel *m_yearLabel;
    QSpinBox *m_yearEdit;
    QPushButton *m_showYear;
    RecordTableModel *m_disclosure;
    QLabel *m_disclosureCaption;
    QTableView *m_disclosureView;
    QScrollArea *m_scroll;
    QPushButton *m_exportFigures;
    QPushButton *m_exportDisclosure;
    QLabel *m_message;
};

} // namespace WalletDesk
