#!/usr/bin/perl
# Prepares a copied RT5 database for the tests: queues, ticket custom fields, a service user
# with only the rights rathaus needs, and an auth token for it. Prints one JSON object.
#
# Usage: setup.pl ROOT_PASSWORD SERVICE_PASSWORD
# RT_SITE_CONFIG / RT_SITE_CONFIG_DIR must point at the private configuration.
use strict;
use warnings;
use lib '/usr/share/request-tracker5/lib', '/usr/local/share/request-tracker5/lib';
use JSON ();
use RT;

my ( $root_password, $service_password ) = @ARGV;
die "usage: setup.pl ROOT_PASSWORD SERVICE_PASSWORD\n" unless $service_password;

RT::LoadConfig();
RT::Init();

my $root = RT::CurrentUser->new( RT->SystemUser );
$root->Load('root');
die "no root user\n" unless $root->Id;

sub check {
    my ( $what, $ok, $msg ) = @_;
    die "$what: $msg\n" unless $ok;
    return $ok;
}

my ( $ok, $msg ) = $root->UserObj->SetPassword($root_password);
check( 'root password', $ok, $msg );

# Gewerbe and Allgemein carry the rathaus fields; OhneReferenz is visible but lacks the
# reference field; Intern is invisible to the service user. The rest are the queues of the
# shipped catalogue's routing rules, the review queue and the advisor's callback queue.
my @routing = qw(Bauantraege Beschwerden Maengel Melderegisterauskunft Posteingang Rechnungen
    Widersprueche Pruefung Wirtschaftsfoerderung);
my %queue;
for my $name ( qw(Gewerbe Allgemein OhneReferenz Intern), @routing ) {
    my $q = RT::Queue->new($root);
    $q->Load($name);
    ( $ok, $msg ) = $q->Create( Name => $name ) unless $q->Id;
    check( "queue $name", $q->Id, $msg );
    $queue{$name} = $q;
}

my $user = RT::User->new($root);
$user->Load('rathaus');
unless ( $user->Id ) {
    ( $ok, $msg ) = $user->Create(
        Name         => 'rathaus',
        EmailAddress => 'rathaus@rathaus.invalid',
        Privileged   => 1,
        Password     => $service_password,
    );
    check( 'user rathaus', $ok, $msg );
}

my %cf;
for my $name ( 'rathaus-Referenz', 'Leistung', 'LeiKa' ) {
    my $c = RT::CustomField->new($root);
    $c->LoadByName( Name => $name, LookupType => 'RT::Queue-RT::Ticket' );
    unless ( $c->Id ) {
        ( $ok, $msg ) = $c->Create(
            Name       => $name,
            Type       => 'FreeformSingle',
            LookupType => 'RT::Queue-RT::Ticket',
        );
        check( "custom field $name", $ok, $msg );
    }
    for my $q ( @queue{ qw(Gewerbe Allgemein), @routing } ) {
        $c->AddToObject($q) unless $c->IsAdded( $q->Id );
    }
    $cf{$name} = $c;
}
# OhneReferenz only knows the two descriptive fields.
$cf{$_}->AddToObject( $queue{OhneReferenz} ) for 'Leistung', 'LeiKa';

my $principal = $user->PrincipalObj;
my @ticket_rights = qw(
    SeeQueue CreateTicket ShowTicket ModifyTicket CommentOnTicket ReplyToTicket
    ShowTicketComments ModifyCustomField SeeCustomField
);
for my $name ( qw(Gewerbe Allgemein OhneReferenz), @routing ) {
    for my $right (@ticket_rights) {
        ( $ok, $msg ) = $principal->GrantRight( Right => $right, Object => $queue{$name} );
        die "grant $right on $name: $msg\n" unless $ok || $msg =~ /already has/i;
    }
}
for my $c ( values %cf ) {
    for my $right (qw(SeeCustomField ModifyCustomField)) {
        ( $ok, $msg ) = $principal->GrantRight( Right => $right, Object => $c );
        die "grant $right on CF: $msg\n" unless $ok || $msg =~ /already has/i;
    }
}

my $token = RT::AuthToken->new($root);
my ( $token_id, $token_msg, $authstring ) = $token->Create(
    Owner       => $user->Id,
    Description => 'rathaus tests',
);
check( 'auth token', $token_id, $token_msg );

print JSON::encode_json(
    {   token  => $authstring,
        queues => { map { $_ => $queue{$_}->Id } keys %queue },
        fields => { map { $_ => $cf{$_}->Id } keys %cf },
    }
), "\n";
