"""Seeds a fresh moto_server with the demo resources of the sandbox cloud.

Runs with the Python that runs moto (boto3 is a dependency of moto, so it is always there when
moto is). Prints one JSON line on stdout: the demo user's access key, which the console keeps in
memory for the one-click "Sandbox" sign-in. Everything else goes to stderr.

Usage: python3 seed_sandbox.py http://127.0.0.1:PORT [region]
"""
import json
import sys

import boto3

ENDPOINT = sys.argv[1]
REGION = sys.argv[2] if len(sys.argv) > 2 else "us-east-1"
ZONES = [REGION + "a", REGION + "b"]


BATCH_TEMPLATE = """
AWSTemplateFormatVersion: "2010-09-09"
Description: Batch workers' network access (sandbox demo stack)
Parameters:
  Environment:
    Type: String
    Default: staging
    AllowedValues: [staging, production]
    Description: Where the workers run
  WorkerSlots:
    Type: Number
    Default: 2
    MinValue: 1
    MaxValue: 10
    Description: Concurrent jobs per worker
  Owner:
    Type: String
    Default: platform
    MinLength: 1
    MaxLength: 32
    AllowedPattern: "[a-z][a-z0-9-]*"
    ConstraintDescription: lower-case letters, digits and dashes
Resources:
  WorkerGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub "Batch workers (${Environment}, ${WorkerSlots} slots)"
      Tags:
        - Key: Owner
          Value: !Ref Owner
Outputs:
  WorkerGroupId:
    Description: The workers' security group
    Value: !Ref WorkerGroup
"""


def client(service, **keys):
    return boto3.client(
        service,
        endpoint_url=ENDPOINT,
        region_name=REGION,
        aws_access_key_id=keys.get("key", "sandbox-seeder"),
        aws_secret_access_key=keys.get("secret", "sandbox-seeder-secret"),
    )


def name_tags(name, **more):
    tags = [{"Key": "Name", "Value": name}]
    tags += [{"Key": k, "Value": v} for k, v in more.items()]
    return tags


def self_signed_certificate(host):
    """A certificate and key for the sandbox's server certificate (the console's own template serves HTTPS with one)."""
    import datetime
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now)
                   .not_valid_after(now + datetime.timedelta(days=365)).sign(key, hashes.SHA256()))
    return (certificate.public_bytes(serialization.Encoding.PEM).decode(),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                              serialization.NoEncryption()).decode())


def seed():
    ec2, iam = client("ec2"), client("iam")
    elb, autoscaling = client("elb"), client("autoscaling")

    iam.create_user(UserName="demo", Path="/sandbox/")
    body, private_key = self_signed_certificate("console.sandbox.example")
    iam.upload_server_certificate(ServerCertificateName="sandbox-console", CertificateBody=body, PrivateKey=private_key)
    key = iam.create_access_key(UserName="demo")["AccessKey"]

    # Images owned by the sandbox account: CopyImage keeps platform and architecture of the
    # source (RegisterImage in moto 5.2 ignores them), sources come from sandbox-catalogue-amis.json.
    images = {}
    for source, name, description, env in [
        ("ami-0c1a7f89451184c8b", "web-server-al2023", "Web tier base image (nginx + node)", "production"),
        ("ami-08f2a6e5d1c3b4a70", "build-agent-ubuntu-22.04", "CI build agent", "tooling"),
        ("ami-0a3c14e1ddbe7f23c", "legacy-billing-centos6-i386", "Legacy billing app, 32-bit", "legacy"),
        ("ami-0d5b2e6a41c9f8e13", "windows-iis-2022", "IIS front end on Windows Server 2022", "production"),
        ("ami-0e7c3d9f2b1a46d58", "windows-2008-reporting-32bit", "Reporting server, 32-bit Windows", "legacy"),
    ]:
        image_id = ec2.copy_image(SourceImageId=source, SourceRegion=REGION, Name=name,
                                  Description=description)["ImageId"]
        ec2.create_tags(Resources=[image_id], Tags=name_tags(name, Environment=env))
        images[name] = image_id

    web = ec2.create_security_group(GroupName="sandbox-web", Description="Web servers behind the load balancer")["GroupId"]
    app = ec2.create_security_group(GroupName="sandbox-app", Description="Application servers")["GroupId"]
    ec2.authorize_security_group_ingress(GroupId=web, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "HTTP"}]},
        {"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "HTTPS"}]},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "SSH from the office"}]},
    ])
    ec2.authorize_security_group_ingress(GroupId=app, IpPermissions=[
        {"IpProtocol": "tcp", "FromPort": 8888, "ToPort": 8888, "UserIdGroupPairs": [{"GroupId": web}]},
        {"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "10.0.0.0/8"}]},
    ])

    ec2.create_key_pair(KeyName="sandbox-key")

    def run(name, image, zone, instance_type, group):
        reservation = ec2.run_instances(
            ImageId=images[image], MinCount=1, MaxCount=1, InstanceType=instance_type,
            KeyName="sandbox-key", SecurityGroupIds=[group], Placement={"AvailabilityZone": zone},
            TagSpecifications=[{"ResourceType": "instance", "Tags": name_tags(name)}])
        return reservation["Instances"][0]["InstanceId"]

    web1 = run("web-1", "web-server-al2023", ZONES[0], "t3.small", web)
    run("web-2", "web-server-al2023", ZONES[1], "t3.small", web)
    run("reporting", "windows-2008-reporting-32bit", ZONES[1], "m5.large", app)
    worker = run("batch-worker", "build-agent-ubuntu-22.04", ZONES[0], "c5.large", app)
    ec2.stop_instances(InstanceIds=[worker])

    volume = ec2.create_volume(AvailabilityZone=ZONES[0], Size=20, VolumeType="gp3",
                               TagSpecifications=[{"ResourceType": "volume", "Tags": name_tags("web-1-data")}])["VolumeId"]
    ec2.attach_volume(VolumeId=volume, InstanceId=web1, Device="/dev/sdf")
    snapshot = ec2.create_snapshot(VolumeId=volume, Description="web-1 data, nightly")["SnapshotId"]
    ec2.create_tags(Resources=[snapshot], Tags=name_tags("web-1-data-nightly"))

    ec2.create_volume(AvailabilityZone=ZONES[1], Size=8, VolumeType="gp3",
                      TagSpecifications=[{"ResourceType": "volume", "Tags": name_tags("scratch")}])

    allocation = ec2.allocate_address(Domain="vpc")["AllocationId"]
    ec2.associate_address(AllocationId=allocation, InstanceId=web1)
    ec2.allocate_address(Domain="vpc")

    trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"},
                                                     "Action": "sts:AssumeRole"}]}
    iam.create_role(RoleName="sandbox-web-role", Path="/", AssumeRolePolicyDocument=json.dumps(trust),
                    Description="Lets the web tier read its configuration")
    iam.put_role_policy(RoleName="sandbox-web-role", PolicyName="read-ec2", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["ec2:Describe*"], "Resource": "*"}]}))
    profile = iam.create_instance_profile(InstanceProfileName="sandbox-web-role")["InstanceProfile"]
    iam.add_role_to_instance_profile(InstanceProfileName="sandbox-web-role", RoleName="sandbox-web-role")

    elb.create_load_balancer(LoadBalancerName="sandbox-web-lb", AvailabilityZones=ZONES, Listeners=[
        {"Protocol": "HTTP", "LoadBalancerPort": 80, "InstanceProtocol": "HTTP", "InstancePort": 8888}])
    elb.configure_health_check(LoadBalancerName="sandbox-web-lb", HealthCheck={
        "Target": "HTTP:8888/health", "Interval": 30, "Timeout": 5, "UnhealthyThreshold": 2, "HealthyThreshold": 3})

    autoscaling.create_launch_configuration(
        LaunchConfigurationName="sandbox-web-lc", ImageId=images["web-server-al2023"], InstanceType="t3.small",
        KeyName="sandbox-key", SecurityGroups=[web], IamInstanceProfile=profile["Arn"],
        UserData="#!/bin/sh\necho hello from the sandbox\n", InstanceMonitoring={"Enabled": True})
    autoscaling.create_auto_scaling_group(
        AutoScalingGroupName="sandbox-web-asg", LaunchConfigurationName="sandbox-web-lc", MinSize=1,
        DesiredCapacity=2, MaxSize=4, AvailabilityZones=ZONES, LoadBalancerNames=["sandbox-web-lb"],
        HealthCheckType="ELB", HealthCheckGracePeriod=300,
        Tags=[{"Key": "Name", "Value": "sandbox-web-asg", "PropagateAtLaunch": True}])

    # A small stack whose parameters the Stacks page can change (constraints included).
    client("cloudformation").create_stack(StackName="sandbox-batch", TemplateBody=BATCH_TEMPLATE, Parameters=[
        {"ParameterKey": "Environment", "ParameterValue": "staging"}])

    print(json.dumps({"accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"],
                      "userName": "demo", "region": REGION}), flush=True)


if __name__ == "__main__":
    try:
        seed()
    except Exception as error:  # the console shows this text in its log and readiness report
        print(f"sandbox seeding failed: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
