#include <QApplication>

#include <gtest/gtest.h>

// Widget test executables share this main: a QApplication on the platform the environment names
// (offscreen under ctest).
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("godwit-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
