// Package deploy holds what runs imgfriendly in production — the systemd
// service and timer, the sysusers entry, the cron line and the container
// build — and the tests that check them (deploy_test.go). It has no code
// of its own; see README.md in this folder.
package deploy
