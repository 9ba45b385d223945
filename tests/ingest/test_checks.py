"""`manage.py check --deploy` warns of a fetcher open to private addresses and a public SECRET_KEY."""

from django.core.management import call_command


def run_deploy_checks(capsys) -> str:
    call_command("check", deploy=True, fail_level="CRITICAL")
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_deploy_check_warns_when_private_addresses_are_allowed(settings, capsys):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True

    assert "sources.W001" in run_deploy_checks(capsys)


def test_deploy_check_is_quiet_by_default(settings, capsys):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False

    assert "sources.W001" not in run_deploy_checks(capsys)


def test_deploy_check_refuses_the_development_secret_key(settings, capsys):
    settings.SECRET_KEY = settings.DEVELOPMENT_SECRET_KEY

    assert "sources.E001" in run_deploy_checks(capsys)


def test_deploy_check_accepts_a_secret_key_of_its_own(settings, capsys):
    settings.SECRET_KEY = "a-long-random-value-that-is-not-the-development-default-9f8e7d6c"

    assert "sources.E001" not in run_deploy_checks(capsys)
